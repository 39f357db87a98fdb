"""Language guessing: script first, then the share of common function words; None when too short."""
from __future__ import annotations

import pytest

from newsgraph.ingest.language import guess_language


@pytest.mark.parametrize(("text", "expected"), [
    ("The minister said on Tuesday that the talks would resume next week in Geneva.", "en"),
    ("Der Minister sagte am Dienstag, dass die Gespräche in der nächsten Woche in Genf weitergehen.", "de"),
    ("Le ministre a déclaré mardi que les négociations reprendraient la semaine prochaine à Genève.", "fr"),
    ("El ministro dijo el martes que las conversaciones se reanudarían la próxima semana en Ginebra.", "es"),
    ("Il ministro ha detto martedì che i colloqui riprenderanno la prossima settimana a Ginevra.", "it"),
    ("O ministro disse na terça-feira que as negociações serão retomadas na próxima semana em Genebra.", "pt"),
    ("De minister zei dinsdag dat de gesprekken volgende week in Genève worden hervat.", "nl"),
    ("Министр заявил во вторник, что переговоры возобновятся на следующей неделе в Женеве.", "ru"),
    ("Міністр заявив у вівторок, що переговори відновляться наступного тижня в Женеві.", "uk"),
    ("Ο υπουργός δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν την επόμενη εβδομάδα.", "el"),
    ("외교부는 월요일 러시아 대사를 초치해 북한군 파병에 항의했다고 밝혔다.", "ko"),
    ("韓国外務省は月曜日、ロシア大使を呼び出して抗議したと発表した。", "ja"),
    ("外交部发言人周二表示，谈判将于下周在日内瓦恢复，各方应保持克制。", "zh"),
    ("Too short", None),
    ("", None),
    ("1234 5678 — 2024-10-21 ++ ↺", None),
])
def test_language_guess(text, expected):
    assert guess_language(text) == expected
