"""Verbal acts, session 14 (track s14verbal): mechanisms counted on the 1,000 political leads before they were fixed."""
from __future__ import annotations

from conftest import factual, full, party


# --- an obligation laid on a party with the act as a verbal noun (أن على X + masdar) ----------------------------

def test_obligation_with_a_verbal_noun_is_a_demand(pipe):
    doc = full(pipe, "أكد الأمين العام لمجلس التعاون الخليجي، عبداللطيف الزياني، أن على إيران تنفيذ \"5 متطلبات\" "
                     "لإظهار حرصها على أمن المنطقة.")
    ev = factual(doc, "REQUEST")
    assert ev and "IRN" in party(doc, ev[0]["recipients"]) and "الزياني" in party(doc, ev[0]["actors"])
    doc = full(pipe, "قال مستشار الأمن القومي الأميركي جون بولتن في مقابلة تلفزيونية، إنه يتوجب على كوريا الشمالية "
                     "إبعاد أسلحتها النووية خارج أراضيها.")
    ev = factual(doc, "REQUEST")
    assert ev and "PRK" in party(doc, ev[0]["recipients"]) and "USA" in party(doc, ev[0]["actors"])


def test_obligation_noun_after_a_comma(pipe):
    doc = full(pipe, "اعتبرت إيران أن على كوريا الشمالية، توخي الحذر خلال التفاوض مع الرئيس الأميركي دونالد ترامب.")
    ev = factual(doc, "REQUEST")
    assert ev and "PRK" in party(doc, ev[0]["recipients"]) and "IRN" in party(doc, ev[0]["actors"])


def test_obligation_not_told_as_reported_speech_or_by_people_polled(pipe):
    # a newspaper's own account (no أن/إن before the modal) and the opinion of people polled are no demands
    for s in ("تقول الصحيفة إن ترامب يجيد إبرام الصفقات لكن ثقافته حول السلاح النووي تبقى ضعيفة، ويتعين على الكونغرس "
              "التدخل لمراقبة أي اتفاق محتمل بينهما.",
              "ويعتقد نحو ثلاثة من أصل أربعة أميركيين (75 في المئة) أنه يجب على الكونغرس الأميركي \"بذل المزيد\" للحد "
              "من العنف المسلح."):
        assert not factual(full(pipe, s), "REQUEST"), s


def test_obligation_with_a_verb_still_needs_its_party(pipe):
    # "أن على رأس": no party after على, no demand
    doc = full(pipe, "وقال الوزير إن على رأس أولويات الحكومة تحسين الخدمات.")
    assert not factual(doc, "REQUEST")


# --- the Houthis named by the putschist adjective ------------------------------------------------------------

def test_putschist_militia_in_a_houthi_story_is_the_houthis(pipe):
    doc = full(pipe, "مساجد باكستان تستنفر ضد الحوثيين وتدخلات إيران\n\nأكد رئيس مجلس علماء باكستان الشيخ، طاهر محمود "
                     "الأشرفي، أن الباكستانيين يقفون مع السعودية في مواجهة هجمات الحوثيين، مندداً بجرائم الميليشيا "
                     "الانقلابية في المنطقة.")
    ev = [e for e in factual(doc, "ACCUSE") if "الأشرفي" in party(doc, e["actors"])]
    assert ev and "Houthi" in party(doc, ev[0]["recipients"])


def test_bare_putschists_in_a_yemen_story_are_the_houthis(pipe):
    doc = full(pipe, "ومن جهة أخرى، شهدت محافظة الحديدة في اليمن مواجهات بين الانقلابيين وقوات المقاومة المشتركة.")
    ev = factual(doc, "ASSAULT")
    assert ev and any("Houthi" in party(doc, e["actors"] + e["recipients"]) for e in ev)


# --- a no-break space after the comma before a verb joined by و ------------------------------------------------

def test_verb_joined_after_comma_and_no_break_space_shares_the_subject(pipe):
    # (news pages put U+00A0 after punctuation: "المتحدة،\xa0وحث")
    doc = full(pipe, "تعهد الرئيس السوري بشار الأسد، باستعادة المناطق التي تسيطر عليها قوات سوريا الديمقراطية المدعومة من "
                     "الولايات المتحدة،\u00a0وحث القوات الأميركية على أخذ\u00a0العبرة من العراق والرحيل\u00a0عن البلاد.")
    ev = factual(doc, "REQUEST")
    assert ev and "SYR" in party(doc, ev[0]["actors"]) and "USA" in party(doc, ev[0]["recipients"])
