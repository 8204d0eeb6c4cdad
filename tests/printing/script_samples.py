"""Names, places, questions and answers in the scripts a prep sheet must print.

Shared by the printing tests and the comparison with Qt's shaping (tests/gui).
"""

from __future__ import annotations

#: script -> (name, place, question, answer)
SAMPLES: dict[str, tuple[str, str, str, str]] = {
    "arabic": ("محمد عبد الله", "القاهرة، مصر", "كيف بدأت العمل في هذا المجال؟", "من خلال التدريب"),
    "hebrew": ("יעל לוי", "תל אביב", "איך נראה יום עבודה רגיל אצלך?", "בעיקר פגישות"),
    "devanagari": (
        "प्रिया शर्मा",
        "नई दिल्ली",
        "आपका सामान्य कार्यदिवस कैसा होता है?",
        "ज़्यादातर बैठकें और क्षेत्रीय दौरे",
    ),
    "thai": ("สมชาย ใจดี", "กรุงเทพมหานคร", "งานของคุณในแต่ละวันเป็นอย่างไร", "ประชุมเป็นส่วนใหญ่"),
    "cjk": ("王小明", "東京都 渋谷区", "你每天做什么工作？", "주로 회의"),
    "emoji": ("Zoë 🚀", "📍 Utrecht 📱", "Favourite tool? 🛠️", "✅ pairing 👩🏽‍💻 ❤️"),
    # combining accents typed as separate marks, some with no precomposed form
    "accents": (
        "N\u0300gozi E\u0301ze",
        "A\u0308ngelholm",
        "Ça va, Ǹ\u0303ko\u0301?",
        "Œuvre à l'e\u0301cole",
    ),
}
#: The bundled font each script prints in (its subset's name in the PDF).
FONTS = {
    "arabic": "NotoSansArabic",
    "hebrew": "NotoSansHebrew",
    "devanagari": "NotoSansDevanagari",
    "thai": "NotoSansThai",
    "cjk": "DroidSansFallback",
    "emoji": "NotoEmoji",
    "accents": "DejaVuSans",
}
RIGHT_TO_LEFT = ("arabic", "hebrew")
