"""The user's example page: every field exactly (skips when ../shared is absent)."""
from marsad.page.reader import PageStage
from marsad.read.jsonl import record_to_document
from marsad.record import new_document


def test_seed_fields(seed_text):
    st = PageStage()
    st.setup()
    for doc in (new_document("seed", seed_text, kind="txt"),
                record_to_document({"id": "seed", "text": seed_text}, "seed", "seed")):
        d = st.process(doc)
        a = d["article"]
        assert a["outlet"] == "Yeni Şafak"
        assert a["headline"] == "مستشارا الأمن القومي الأمريكي والروسي يبحثان سبل وقف إطلاق النار بأوكرانيا"
        s, e = d["headline_span"]
        assert seed_text[s:e] == a["headline"]
        assert a["published"] == "2025-03-19T17:38"
        assert a["agency"] == "Anadolu Agency"
        assert a["deck"] == "في اتصال هاتفي بحسب المسؤول الأمريكي"
        assert a["tags"] == ["الولايات المتحدة", "أوكرانيا", "روسيا"]
        assert a["language"] == "ar"
        body = a["body"]
        assert body.startswith("بحث مستشار الأمن القومي الأمريكي مايك والتز")
        assert body.endswith("وهو ما تعتبره كييف \"تدخلا\" في شؤونها.")
        assert len(d["paragraphs"]) == 9
        assert body == "\n".join(seed_text[s:e] for s, e in d["paragraphs"])
        for junk in ("#", "التعليقات", "كن أول من يترك تعليقًا", "اشترك هنا", "سياسة الخصوصية", "يني شفق",
                     "في اتصال هاتفي بحسب"):
            assert junk not in body
        bp = a["boilerplate"]
        assert bp[0] == "التعليقات" and len(bp) == 6
        assert any("اشترك هنا" in x for x in bp) and any("سياسة الخصوصية" in x for x in bp)
        assert any("كن أول من يترك تعليقًا" in x for x in bp)
