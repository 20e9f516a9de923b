"""Helpers used to write gold.jsonl by hand: this set's actor alias tables; the event
constructor and evidence offsets are data/_annotation.py's, shared by every annotated set."""
import os
import sys

_HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(_HERE))
from _annotation import Annotation, load_articles, loc, sentence  # noqa: E402,F401

ARTS = load_articles(_HERE)

ACTORS = {
    "IS": ("Islamic State (IS)", ["Islamic State", "ISIS", "ISIL", "Daesh", "IS", "تنظيم داعش", "داعش",
            "تنظيم الدولة", "تنظيم الدولة الإسلامية", "الدولة الإسلامية", "التنظيم"]),
    "SYARMY": ("Military Forces of Syria", ["Syrian Arab Army", "Syrian Army", "Syrian government forces",
            "Syrian regime forces", "Syrian Air Force", "الجيش السوري", "قوات الجيش السوري", "قوات النظام",
            "قوات النظام السوري", "طيران النظام السوري", "طيران النظام", "القوات النظامية", "قوات الأسد", "النظام"]),
    "UAG_SY": ("Unidentified Armed Group (Syria)", ["Unidentified gunmen", "Gunmen", "Unknown militants", "مسلحون", "مجهولون"]),
    "IQARMY": ("Military Forces of Iraq", ["Iraqi Army", "Iraqi military", "Iraqi Security Forces", "ISF",
            "Iraqi government forces", "الجيش العراقي", "القوات العراقية", "وزارة الدفاع العراقية"]),
    "UAG_IQ": ("Unidentified Armed Group (Iraq)", ["Unidentified gunmen", "Unknown militants", "Militants",
            "Suicide bombers", "انتحاريان", "مهاجما انتحاريا", "Islamic State (IS)", "داعش", "IS"]),
    "USCOAL": ("US-led coalition", ["International coalition", "Coalition", "Coalition forces", "Combined Joint Task Force",
            "CJTF-OIR", "Military Forces of the United States", "التحالف الدولي", "طيران التحالف الدولي",
            "مقاتلات التحالف", "طائرات التحالف", "طيران التحالف", "التحالف", "الطيران"]),
    "USA": ("Military Forces of the United States", ["US military", "US forces", "United States", "US Air Force",
            "Pentagon", "غارة أمريكية", "وزارة الدفاع الأمريكية", "القوات الأمريكية", "US-led coalition"]),
    "HOUTHI": ("Houthis (Ansar Allah)", ["Houthi-Saleh forces", "Houthi rebels", "Houthis", "Ansar Allah", "Houthi militia",
            "Saleh loyalists", "Saleh loyalist forces", "Military Forces of Yemen (Saleh loyalists)", "الحوثيين",
            "الحوثيون", "حوثيين", "ميليشيا الحوثي وصالح", "ميليشيات الحوثي وصالح", "مليشيا الحوثي", "جماعة الحوثي",
            "المسلحين الحوثيين", "المتمردين", "المتمردين الحوثيين", "الانقلابيين", "ميليشيات علي عبدالله صالح",
            "معسكر اللواء 35", "معسكر الحمزة"]),
    "SAUDICOAL": ("Saudi-led coalition", ["Arab coalition", "Saudi Arabian-led coalition", "Coalition",
            "Military Forces of Saudi Arabia", "التحالف العربي", "طيران التحالف", "مقاتلات التحالف", "طائرات التحالف",
            "طائرات التحالف العربي", "قوات التحالف", "الطيران"]),
    "YEGOV": ("Military Forces of Yemen", ["Hadi government forces", "Yemeni army", "Pro-Hadi forces",
            "Yemeni government forces", "Popular Resistance (Yemen)", "Popular Resistance", "Southern Resistance",
            "الجيش الوطني", "القوات الحكومية", "القوات الشرعية", "القوات الموالية للشرعية", "قوات الشرعية",
            "المقاومة الشعبية", "المقاومة", "وحدات من الجيش موالية لـ\"هادي\"", "الجماعات الجنوبية",
            "المقاتلين الجنوبيين"]),
    "RESIST": ("Popular Resistance (Yemen)", ["Popular Resistance", "Popular Resistance Committees", "Pro-Hadi forces",
            "Pro-government militia (Yemen)", "Military Forces of Yemen", "المقاومة الشعبية", "المقاومة", "رجال المقاومة",
            "الجيش الوطني", "المقاومة الشعبية والجيش الوطني"]),
    "LNA": ("Libyan National Army", ["LNA", "Libyan Army", "Operation Dignity", "Haftar forces",
            "Military Forces of Libya (Tobruk)", "Libyan Air Force", "الجيش الليبي", "قوات الجيش", "الجيش",
            "قوات الحكومة", "القوات الحكومية", "سلاح الجو الليبي", "سلاح الجو", "سلاح الطيران",
            "طائرات سلاح الجو الليبي"]),
    "UAG_LY": ("Unidentified Armed Group (Libya)", ["Unidentified gunmen", "Islamist militants", "Islamist militia (Libya)",
            "Shura Council of Benghazi Revolutionaries", "Benghazi Revolutionaries Shura Council", "Ansar al-Sharia",
            "مقاتلين إسلاميين", "الجماعات المتشددة", "المجموعات الإرهابية", "جماعات إسلامية"]),
    "DMSC": ("Mujahideen Shura Council of Derna", ["Derna Mujahideen Shura Council", "Shura Council of Mujahideen in Derna",
            "DMSC", "صحوات الردة", "Civilians (Libya)", "ليبيين"]),
    "EGARMY": ("Military Forces of Egypt", ["Egyptian Army", "Egyptian military", "Egyptian Armed Forces",
            "Egyptian security forces", "Police Forces of Egypt", "الجيش", "الجيش المصري", "القوات المسلحة",
            "قوات الأمن", "رجال القوات المسلحة", "حرس الحدود", "الأمن المصري"]),
    "EGPOLICE": ("Police Forces of Egypt", ["Egyptian police", "Egyptian security forces", "Military Forces of Egypt",
            "الشرطة", "الأمن المصري", "خبراء المفرقعات", "أمين شرطة", "قوات الأمن"]),
    "WSINAI": ("Islamic State - Sinai Province", ["Wilayat Sinai", "Sinai Province", "Ansar Bayt al-Maqdis",
            "Ansar Beit al-Maqdis", "Islamic State (IS)", "ولاية سيناء", "جماعة ولاية سيناء", "أنصار بيت المقدس",
            "بيت المقدس", "تنظيم بيت المقدس", "المتشددين", "متشدداً", "العناصر التكفيرية", "عناصر تكفيرية"]),
    "UAG_EG": ("Unidentified Armed Group (Egypt)", ["Unidentified gunmen", "Gunmen", "Militants", "مسلحين", "مسلحان",
            "عناصر إرهابية", "العناصر التكفيرية", "Islamic State - Sinai Province", "Wilayat Sinai", "Ansar Bayt al-Maqdis"]),
    "ISRAEL": ("Military Forces of Israel", ["Israeli Army", "Israel Defense Forces", "IDF", "Israeli Air Force",
            "الجيش الإسرائيلي", "الطيران الحربي الإسرائيلي", "الطيران الاسرائيلي", "الطيران الحربي الاسرائيلي",
            "طائرة إسرائيلية", "الاحتلال"]),
    "HAMAS": ("Hamas", ["Hamas Movement", "Izz ad-Din al-Qassam Brigades", "Al-Qassam Brigades", "Qassam Brigades",
            "حماس", "حركة حماس", "كتائب القسام", "المقاومة الفلسطينية", "Palestinian Islamic Jihad", "سرايا القدس",
            "Saraya al-Quds"]),
    "AHFAD": ("Ahfad al-Sahaba", ["Jamaat Ahfad al-Sahaba Aknaf Bayt al-Maqdis", "Ahfad al-Sahaba Aknaf Bayt al-Maqdis",
            "تنظيم أحفاد الصحابة", "تنظيم احفاد الصحابة", "أحفاد الصحابة", "Unidentified Armed Group (Palestine)",
            "Islamic State (IS)"]),
    "UAG_PS": ("Unidentified Armed Group (Palestine)", ["Unidentified gunmen", "Unknown assailants", "Islamic State (IS)",
            "IS", "Daesh", "داعش", "Ansar al-Sharia", "أنصار الشريعة", "مجهولين", "مجهولون"]),
    "PSPOLICE": ("Police Forces of Palestine (Hamas)", ["Police Forces of Palestine (2007-) Gaza", "Hamas",
            "Gaza Interior Ministry", "Hamas security forces", "وزارة الداخلية والأمن الوطني في غزة", "وزارة الداخلية",
            "الأجهزة الأمنية", "قوات الأمن التابعة لحركة حماس", "حماس"]),
    "PKK": ("PKK", ["Kurdistan Workers' Party", "Kurdistan Workers Party", "Kurdish rebels", "حزب العمال الكردستاني",
            "العمال الكردستاني", "متمردي حزب العمال الكردستاني", "متمردين أكراد", "المتمردين الأكراد", "المتمردين", "مسلحون"]),
    "TRPOLICE": ("Police Forces of Turkey", ["Turkish police", "Turkish security forces", "Military Forces of Turkey",
            "قوات الأمن التركية", "قوات الأمن", "الشرطة", "عناصر من الشرطة"]),
    "TALIBAN": ("Taliban", ["Afghan Taliban", "طالبان", "حركة طالبان"]),
    "AFARMY": ("Military Forces of Afghanistan", ["Afghan Army", "Afghan National Army", "Afghan Air Force",
            "Afghan security forces", "القوات الأفغانية", "مروحية عسكرية أفغانية", "سلاح الجو الأفغاني"]),
    "AFPOLICE": ("Police Forces of Afghanistan", ["Afghan police", "Afghan National Police", "مركزا للشرطة", "الشرطة"]),
    "SHABAAB": ("Al Shabaab", ["Al-Shabaab", "Harakat al-Shabaab al-Mujahideen", "al-Shabab", "الشباب", "حركة الشباب",
            "متمردو حركة الشباب"]),
    "AMISOM": ("AMISOM", ["African Union Mission in Somalia", "African Union forces", "قوة اميصوم", "اميصوم",
            "القوة العسكرية للاتحاد الافريقي", "Military Forces of Somalia"]),
    "HEZB": ("Hezbollah", ["Hizbollah", "Hizballah", "Lebanese Hezbollah", "حزب الله", "حزب الله اللبناني",
            "عناصر حزب الله", "Military Forces of Syria", "National Defence Forces", "اللجان الشعبية"]),
    "AQ": ("Al Qaeda", ["al-Qaeda", "Al-Qaida", "تنظيم القاعدة", "القاعدة", "أبو خليل السوداني"]),
}

ACTORS.update({
    "REBELS_SY": ("Opposition Rebels (Syria)", ["Syrian rebels", "Syrian opposition", "Armed opposition", "Rebel groups",
            "Unidentified Armed Group (Syria)", "Free Syrian Army", "المعارضة السورية", "مقاتلي المعارضة",
            "مقاتلاً من المعارضة السورية", "فصائل المعارضة", "الفصائل المقاتلة", "الكتائب المقاتلة", "مقاتلي الفصائل",
            "عدة جماعات مقاتلة", "المعارضة"]),
    "NUSRA": ("Jabhat al-Nusra", ["Al-Nusra Front", "Nusra Front", "Jabhat al Nusra", "جبهة النصرة", "النصرة",
            "المحكمة الشرعية التابعة لها"]),
    "JAF": ("Jaish al-Fatah", ["Army of Conquest", "Syrian rebels", "Opposition Rebels (Syria)", "Jabhat al-Nusra",
            "Ahrar al-Sham", "جيش الفتح", "الفتح"]),
    "SYPOLICE": ("Police Forces of Syria", ["Syrian authorities", "Syrian government", "Military Forces of Syria",
            "السلطات", "السلطات السورية"]),
    "LBARMY": ("Military Forces of Lebanon", ["Lebanese Army", "Lebanese Armed Forces", "LAF", "Lebanese Army Intelligence",
            "الجيش اللبناني", "قوة من الجيش اللبناني", "مخابرات الجيش", "دورية من مخابرات الجيش"]),
    "IQPOLICE": ("Police Forces of Iraq", ["Iraqi police", "Iraqi Security Forces", "Military Forces of Iraq",
            "الشرطة العراقية", "الشرطة"]),
    "PMF": ("Popular Mobilization Forces", ["Hashd al-Shaabi", "Popular Mobilisation Units", "PMU", "Military Forces of Iraq",
            "الحشد الشعبي", "قوات الحشد الشعبي"]),
    "SAARMY": ("Military Forces of Saudi Arabia", ["Saudi Army", "Saudi border guards", "Saudi security forces",
            "Saudi-led coalition", "القوات السعودية", "حرس الحدود", "رجال الأمن", "الجيش السعودي"]),
    "LYTRIBE": ("Tebu Ethnic Militia (Libya)", ["Tebu militia", "Tebu", "Tubu", "التبو", "قبائل التبو"]),
    "ISPOLICE": ("Police Forces of Israel", ["Israeli police", "Israeli Border Police", "Israeli security forces",
            "Military Forces of Israel", "الشرطة الإسرائيلية", "قوات الاحتلال", "شرطة الاحتلال", "الاحتلال"]),
    "SETTLERS": ("Israeli settlers", ["Settlers", "Jewish settlers", "Jewish extremists", "المستوطنين", "مستوطنون",
            "مستوطنين"]),
    "TRARMY": ("Military Forces of Turkey", ["Turkish Army", "Turkish Armed Forces", "Turkish military", "Turkish Air Force",
            "Police Forces of Turkey", "الجيش التركي", "القوات التركية", "الطائرات التركية"]),
    "SOMGOV": ("Military Forces of Somalia", ["Somali government forces", "Somali Army", "Somali security forces",
            "Police Forces of Somalia", "AMISOM", "القوات الصومالية", "قوات الأمن الصومالية"]),
})

CIVS = {c: ("Civilians (%s)" % n, ["%s civilians" % n, "Civilians", "مدنيين", "المدنيين", "مدنيون", "مدني"])
        for c, n in [("SY", "Syria"), ("IQ", "Iraq"), ("YE", "Yemen"), ("LY", "Libya"), ("EG", "Egypt"),
                     ("PS", "Palestine"), ("IL", "Israel"), ("TR", "Turkey"), ("AF", "Afghanistan"),
                     ("SO", "Somalia"), ("SA", "Saudi Arabia"), ("LB", "Lebanon"),
                     ("KE", "Kenya")]}

TYPES = {
    "clash": ("Battles", "Armed clash"),
    "grt": ("Battles", "Government regains territory"),
    "nsa": ("Battles", "Non-state actor overtakes territory"),
    "air": ("Explosions/Remote violence", "Air/drone strike"),
    "suicide": ("Explosions/Remote violence", "Suicide bomb"),
    "shell": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "ied": ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    "vac": ("Violence against civilians", "Attack"),
    "abd": ("Violence against civilians", "Abduction/forced disappearance"),
    "peace": ("Protests", "Peaceful protest"),
    "excess": ("Protests", "Excessive force against protesters"),
    "riot": ("Riots", "Violent demonstration"),
    "mob": ("Riots", "Mob violence"),
    "protint": ("Protests", "Protest with intervention"),
    "arrest": ("Strategic developments", "Arrests"),
    "disrupt": ("Strategic developments", "Disrupted weapons use"),
    "loot": ("Strategic developments", "Looting/property destruction"),
    "nvt": ("Strategic developments", "Non-violent transfer of territory"),
    "other": ("Strategic developments", "Other"),
}

_ANNOTATION = Annotation(ARTS, ACTORS, CIVS, TYPES)
actor, span, ev = _ANNOTATION.actor, _ANNOTATION.span, _ANNOTATION.ev


# dev3 additions
ACTORS.update({
    "ZENKI": ("Nour al-Din al-Zenki Movement", ["Nour al-Din al-Zenki", "Harakat Nour al-Din al-Zenki", "Opposition Rebels (Syria)",
            "Fatah Halab", "حركة نور الدين زنكي", "نور الدين زنكي", "فتح حلب"]),
    "DIV30": ("Division 30", ["Opposition Rebels (Syria)", "Free Syrian Army", "New Syrian Force", "الفرقة 30",
            "عناصر من الفرقة", "قائد الفرقة 30"]),
    "DIV16": ("16th Division", ["Opposition Rebels (Syria)", "Free Syrian Army", "الفرقة 16 مشاة", "مقاتلي الفرقة 16 مشاة"]),
    "FAYLAQ": ("Faylaq al-Rahman", ["Al-Rahman Legion", "Rahman Corps", "Opposition Rebels (Syria)", "فيلق الرحمن",
            "مقاتلو فيلق الرحمن"]),
    "SUL_ASSAD": ("Suleiman al-Assad", ["Suleiman Hilal al-Assad", "Militia (Pro-Government)", "Unidentified Armed Group (Syria)",
            "سليمان الأسد", "سليمان هلال الأسد", "الاسد"]),
    "BOKO": ("Boko Haram", ["Jama'atu Ahli is-Sunnah lid-Da'awati wal-Jihad", "Islamic State West Africa Province",
            "ISWAP", "بوكو حرام", "جماعة بوكو حرام"]),
    "NGARMY": ("Military Forces of Nigeria", ["Nigerian Army", "Nigerian military", "الجيش النيجيري"]),
    "YPG": ("YPG: People's Protection Units", ["YPG", "People's Protection Units", "Kurdish forces", "وحدات حماية الشعب",
            "وحدات حماية الشعب الكردي", "الأكراد", "المقاتلون الأكراد"]),
})
ACTORS.update({
    "PESH": ("Military Forces of Iraq (Kurdistan Regional Government) - Peshmerga", ["Peshmerga", "Kurdish Peshmerga",
            "KRG Peshmerga", "Kurdish forces", "قوات البيشمركة", "البيشمركة", "البشمركة"]),
    "SHIAMIL_IQ": ("Shia Militia (Iraq)", ["Shiite militias", "Popular Mobilization Forces", "Hashd al-Shaabi",
            "Unidentified Armed Group (Iraq)", "مليشيات شيعية", "ميليشيات عراقية", "الحشد الشعبي"]),
})
ACTORS.update({
    "TRIBE_IQ": ("Kubaysa Tribal Militia (Iraq)", ["Sunni tribal militia", "Tribal fighters", "Kubaysa tribesmen",
            "Anbar tribes", "عشائر الناحية", "عشائر كبيسة", "أبناء كبيسة"]),
    "UAG_YE": ("Unidentified Armed Group (Yemen)", ["Unidentified gunmen", "Unknown attackers", "Islamic State (IS)",
            "Al Qaeda in the Arabian Peninsula", "مجهولون", "مسلحون"]),
})
ACTORS["RESIST"] = (ACTORS["RESIST"][0], ACTORS["RESIST"][1] + ["Military Forces of Yemen (Hadi)", "المقاومة الشعبية بمدينة تعز",
            "لجان المقاومة الشعبية", "قوات الجيش الوطني", "الجيش الوطني مدعوماً بمسلحي المقاومة الشعبية"])
ACTORS.update({
    "SALEH": ("Military Forces of Yemen (Saleh loyalists)", ["Republican Guard", "Saleh loyalists", "Saleh forces",
            "Houthis (Ansar Allah)", "قوات الحرس الجمهوري", "الحرس الجمهوري", "قوات صالح", "القوات العسكرية الموالية للمخلوع صالح"]),
})
ACTORS.update({
    "UAG_TR": ("Unidentified Armed Group (Turkey)", ["Unidentified gunmen", "Masked gunmen", "Suicide bombers", "Islamic State (IS)",
            "PKK: Kurdistan Workers Party", "ملثمون", "انتحاريين اثنين", "مجهولون"]),
    "YDGH": ("YDG-H: Patriotic Revolutionary Youth Movement", ["YDG-H", "Patriotic Revolutionary Youth Movement",
            "PKK: Kurdistan Workers Party", "حركة الشبيبة الوطنية الثورية"]),
})
ACTORS.update({
    "UAG_AF": ("Unidentified Armed Group (Afghanistan)", ["Unidentified gunmen", "Taliban", "حركة طالبان", "المتمردون"]),
    "NATO": ("NATO: North Atlantic Treaty Organization", ["NATO", "Resolute Support", "Military Forces of the United States",
            "US forces", "القوات الامريكية الخاصة", "حلف شمال الاطلسي", "مهمة الحلف"]),
    "TDARMY": ("Military Forces of Chad", ["Chadian Army", "Chadian military", "الجيش التشادي"]),
    "CMPOLICE": ("Police Forces of Cameroon", ["Cameroonian police", "Cameroon security forces", "Military Forces of Cameroon",
            "الشرطة", "قوات الأمن"]),
    "NGVILL": ("Rioters (Nigeria)", ["Villagers", "Mob", "Residents", "جمع من سكان القرية", "سكان القرية"]),
})
ACTORS["BOKO"] = (ACTORS["BOKO"][0], ACTORS["BOKO"][1] + ["Unidentified Armed Group (Nigeria)", "Unidentified Armed Group (Cameroon)",
            "انتحارية", "فتاة انتحارية", "امرأة", "مسلحي بوكو حرام"])
for _c, _n in [("NG", "Nigeria"), ("CM", "Cameroon"), ("TD", "Chad")]:
    CIVS[_c] = ("Civilians (%s)" % _n, ["%s civilians" % _n, "Civilians", "مدنيين", "المدنيين", "مدنيون", "أشخاص"])
TYPES.update({"grenade": ("Explosions/Remote violence", "Grenade"),
              "agree": ("Strategic developments", "Agreement")})
ACTORS.update({
    "SAPOLICE": ("Police Forces of Saudi Arabia", ["Saudi security forces", "Saudi police", "Saudi authorities",
            "Military Forces of Saudi Arabia", "السلطات السعودية", "رجال الأمن السعودي", "رجال الأمن"]),
})
CIVS["LY"] = ("Civilians (Libya)", CIVS["LY"][1] + ["Government of Libya (Tobruk)", "أحمد درمبه وزير الأوقاف", "وزير الأوقاف"])
