"""10 000 sentences through the money, quantity and date grammar (the issue asks for < 1 s)."""

from __future__ import annotations

import time

from pipeline.swedish import find_dates, find_money, find_quantities

SENTENCES = [
    "Aktiviteten genomfördes delvis 2023 (motsvarande 20 006,25 kronor) och delvis 2024.",
    "Botkyrka kommun delar Socialstyrelsens bedömning och återför 200 000:-",
    "Utöver detta skjuter kommunstyrelsen till 19,7 miljoner kronor i ett tilläggsanslag.",
    "Cirka 1000 personer besökte julmarknaden, både boende från Fittja och andra stadsdelar.",
    "Den politiska ledningen meddelade att rikta sex miljoner kronor till en satsning.",
    "Fakturan 939787 är daterad 2023-12-07 och förfaller den 6 januari 2024.",
    "Ytterligare 15 tjänster ska tillsättas inom socialnämndens verksamheter.",
    "Högt räknat har respektive utbildning kostat 540 kr per medarbetare.",
    "I regeringens strategi (Skr. 2023/24:68) lyfts det våldsförebyggande arbetet.",
    "Summa exkl. moms 12 000,00 kr, moms 25 % 3 000,00 kr, att betala 15 000,00 kr.",
]


def main(n: int = 10_000) -> float:
    sents = [SENTENCES[i % len(SENTENCES)] for i in range(n)]
    t = time.perf_counter()
    found = 0
    for s in sents:
        money = find_money(s)
        found += len(money) + len(find_quantities(s, money)) + len(find_dates(s, 2023))
    dt = time.perf_counter() - t
    print(f"{n} sentences: {dt:.3f} s ({n / dt:,.0f} sentences/s), {found} mentions")
    return dt


if __name__ == "__main__":
    main()
