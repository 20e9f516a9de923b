"""Death counts read from casualty cues (rasd.events.casualties), through the engine."""
import pytest


@pytest.mark.parametrize("text,expected", [
    ("قتل 5 أشخاص وأصيب 12 في تفجير في بغداد.", 5),
    ("أوقع التفجير أمس 30 قتيلاً على الأقل ومئة جريح في بغداد.", 30),
    ("ارتفعت حصيلة تفجير السيارة المفخخة في بغداد إلى 66 قتيلاً وجريحاً.", None),
    ("أسفر تفجير في بغداد عن سقوط عشرات بين قتيل وجريح.", None),
    ("أسفر تفجير في بغداد عن عشرات القتلى والجرحى.", None),
    ("انفجرت عبوة ناسفة في بغداد دون وقوع إصابات.", 0),
    ("قال المرصد إن 18 شخصا قتلوا وأصيب 50 آخرون جراء سقوط صاروخ على بغداد.", 18),
    ("قالت مصادر إن 28 عنصرا من الجيش و18 مقاتلا من التنظيم قتلوا في تفجير في بغداد.", 46),
])
def test_deaths_only(run, text, expected):
    evs = run(text, published="2015-07-22")
    assert evs and evs[0].fatalities == expected
