"""PLOVER event coder for Arabic news: triggers → type/mode, arguments from word order and prepositions,
factuality (negated, hypothetical, historical), dates, quotes, and one event per real occurrence.

Runs after the entity stage (uses its mentions by offset; adds minimal party entities it did not cover).
"""
from __future__ import annotations

from dataclasses import replace as _dc_replace
from functools import lru_cache

import datetime as _dt
import operator
import re
from itertools import compress, count, repeat

from ..lang.ar import DIACRITICS, normalize, tokenize
from ..pipeline import Stage
from ..record import Doc, new_document
from . import critics as _critics
from . import accuse as _accuse
from . import dates as _dates
from . import strikes as _strikes
from . import battles as _battles
from . import material as _material
from . import visits as _visits
from . import gatherings as _gatherings
from . import legal as _legal
from . import judicial as _judicial
from . import embedded as _embedded
from . import nationality as _nationality
from . import adverbs as _adverbs
from . import tails as _tails
from . import precision as _precision
from . import charges as _charges
from . import appeals as _appeals
from . import control as _control
from . import owners as _owners
from . import enemies as _enemies
from . import carry as _carry
from . import elided as _elided
from . import sport as _sport
from . import story as _story
from . import claims as _claims
from .lexicon import (PAST_FORMS, VERB_FORMS, load_cues, load_gazetteer, load_parties, load_refusals, load_blame, load_titles, load_triggers,
                      load_implicit_blame, blame_prefilter_words,
                      load_words, readings, token_mask)
from .lexicon import Trigger, read_rows, word_set
from .parties import _INSTRUMENTS, DocParties, Mention
from .parties import _kb as _parties_kb
from ..entities.stage import _group_adjective_forms  # (kb/group_adjectives.tsv: _movement_adjective)
from ..time.dating import _links as _dating_links  # (dating.tsv: the pluperfect openers, _story_day_default)
from ..time.lexicon import fold as _fold
from ..time.dating import quoted_apart as _quoted_apart  # (a cue quoted apart from the trigger dates nothing: _date)

_MANNER_B = ("باشد", "باقوي", "بشد", "بقوه", "باليست", "بحزم", "بالغ")  # بأشد العبارات، بشدة، باليستيا: no charge
_ATTACK_VERBS = {"هاجم", "هاجمت", "هاجموا", "يهاجم", "تهاجم", "يهاجمون", "هاجمه", "هاجمها", "هاجمهم"}
_WEAPON_STEMS = ("سكين", "سكاكين", "رصاص", "سلاح", "اسلحه", "قذاي", "صاروخ", "صواريخ", "عبوه", "قنبل", "حجار", "عصي",
                 "طاير", "مسير", "دبابه", "دبابات", "نار", "الناري", "مدفع", "هراوات", "قوات", "مسلح")
_ACCUSERS = {"منظمات", "منظمه", "جماعات", "ناشطون", "ناشطين", "معارضون", "معارضين", "منتقدون", "منتقدين", "خبراء",
             "دول", "حكومات", "مسوولون", "مسوولين"}  # (وتتهم منظمات حقوقية الحكومة: an unnamed accuser, active)
_PASSIVE_CHARGE = {"يتهم", "تتهم", "يحاكم", "تحاكم", "يتهمون", "يحاكمون"}
_DAN_NOT_AFTER = word_set("accuse", "dan_not_after")  # (data/wordsets.tsv: after them دان is a name)
_REPLY_FORMS = word_set("accuse", "reply_finite")
_CONCERN = word_set("accuse", "concern")
_HOLD_FORMS = word_set("consult", "hold")  # (forms of عقد: data/wordsets.tsv)
_FORUMS = word_set("consult", "forum")  # forums of member states (مجموعة السبع، منظمة التعاون الإسلامي; s22coop)


def _forum(ent) -> bool:
    """A KB forum of member states (data/wordsets.tsv consult/forum) that has no Wikidata id in the KB: its members
    meet and agree among themselves ("بحث وزراء خارجية مجموعة السبع الأحد سبل الضغط على روسيا")."""
    return normalize((ent or {}).get("name_ar") or "") in _FORUMS
_DISPLEASURE = word_set("accuse", "displeasure")  # (عن قلقها: a stance stated by a light verb before it)
_CONCERN_PATIENT = word_set("accuse", "concern_patient")  # (مصير، اعتقال، لاجئ: the party after it is the one feared for)
_EMERGENCY_NATURAL = word_set("emergency", "natural")  # (a storm, a flood, an epidemic: no coercion)
_WELCOME_WORDS = word_set("react", "welcome")  # (رحب، أشاد: who welcomes an act did not do it)
_CHARGE_OPENERS = word_set("react", "charge_opener")  # (بتهمة، بجريمة: what one is charged with)
_REPLY_NOT_VERB = word_set("accuse", "reply_not_verb")
_REPLY_WORDS = word_set("accuse", "replied_words")  # (تصريحات، وصف، تغريدة: someone's words answered)
_REPLY_SAYING = word_set("accuse", "reply_saying")  # (قائلا، بالقول، واصفا: the reply is told in words)
_WHAT_RELATIVE = {"ما", "فيما", "بما", "لما", "مما", "عما", "وما"}
_LABEL_VERBS = tuple(sorted(word_set("accuse", "label_verb")))  # (وصفه، وصفتها، يصفه: a verb of labelling with its object pronoun)
_PAST_CHARGE = word_set("accuse", "past_charge")  # (read as passives only after a relative pronoun)
_SPEECH_LIGHT = {"وجه", "وجهت", "وجهوا", "يوجه", "توجه", "شن", "شنت", "شنوا", "يشن", "تشن", "اطلق", "اطلقت", "كال", "كالت"}
_RESUMPTIVE = {"خلالها", "خلاله", "فيها", "فيه", "امس", "اليوم", "بدوره", "بدورها"}
_NEED_FIRST = {"غير", "من", "امر"}  # first words of two-word need phrases (غير قانوني، من العار)
_PROTEST_VERBAL = ("احتجاج", "احتج", "يحتج", "تحتج")
VERBAL_HEADS = {"AGREE", "REQUEST", "THREATEN", "REJECT"}
MATERIAL = {"COOPERATE", "AID", "RETREAT", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "CONSULT",
            "CONCEDE"}
SYMMETRIC = {"CONSULT", "AGREE", "COOPERATE"}
# hostile acts whose author and target are the two sides of a dispute (the pair a later "الطرفين"، "البلدين" names:
# "بدأت هجوما واسع النطاق ضد أهداف عسكرية لحركة حماس، فيما دعت الأمم المتحدة الطرفين")
_DISPUTE_ACTS = {"ASSAULT", "ACCUSE", "THREATEN", "COERCE", "SANCTION", "REJECT"}
QUANT = {"الاف", "ميات", "الميات", "عشرات", "العشرات", "الالاف", "اف", "مليون", "ملايين",
         "العديد", "عدد", "عدد", "بعض", "جميع", "كل", "الاف"}
AGENT_MARKS = {"برصاص", "بنيران", "بقصف", "بغاره", "بغارات", "بقذايف", "بصاروخ",
               "بالرصاص", "بالنيران",  # (definite with the owner's adjective: "قتلوا بالرصاص الإسرائيلي")
               "بايدي"}  # ("مقتل 18 شخصا بأيدي مسلحين")
# a weapon whose owner follows it after a preposition of cause ("إصابة 9 مدنيين جراء قذائف ميليشيا الحوثي")
CAUSE_PREPS = {"جراء", "اثر", "بسبب", "نتيجه"}
WEAPON_OWNED = {"قذايف", "صواريخ", "رصاص", "نيران", "قصف", "اطلاق", "غارات", "غاره", "رصاصه", "الغام", "عبوات"}
CLAIM = {"تبني", "تبناه", "تبنته", "تبنت", "تبنا", "يتبني", "وتبني", "تبناها"}
PLACE_NOUNS = {"عاصمه", "مدينه", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "محافظه", "منطقه",
               "قرب", "ولايه", "اقليم", "ضواحي", "وسط", "حدود", "داخل", "خارج", "ريف", "بلده", "قريه", "مخيم",
               "حي", "ضاحيه"}
MATERIAL_ACTS = {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "RETREAT", "AID", "COOPERATE"}
TOPIC_HEADS = {"CONSULT", "REQUEST", "ACCUSE", "REJECT", "SUPPORT", "AGREE", "THREATEN", "PROTEST"}
CLITIC_HYP = {"AID", "COOPERATE", "REQUEST", "SUPPORT", "AGREE"}
REACTION = {"ACCUSE", "REJECT", "SUPPORT"}
_REACTED_ACTS = {"COERCE", "SANCTION", "RETREAT", "ASSAULT", "MOBILIZE"}  # (acts read as the object of a reaction)
_AIMED_REACTED = {"ASSAULT", "MOBILIZE"}  # (of those, the ones aimed at a target named after the doer: s23embedded)
# How far below its threshold the sentence classifier must be to veto a rule-built event (one with named sides;
# weak readings need the full threshold), and one whose both sides are solid (a state, a named person, an armed
# or official body). Compared on the gsr folds: 0.45 / 0.7 / 0.85 gave ASSAULT CV F1 0.68 / 0.69 / 0.69 and
# difficult-no false alarms 0.20 / 0.18 / 0.17; without it 0.68 and 0.14 but real attacks in articles were lost.
# the modes of weapons launched as strikes (شنت الولايات المتحدة وبريطانيا وفرنسا ضربات، وجهت ضربات طالت أهدافا): a
# launch of them by a state or an armed body at a named side is pinned (not a bare هجوم: "شنت تركيا هجوما حادا على")
_STRIKE_MODES = frozenset(("aerial", "heavy-weapons", "drone"))
_SPANS = frozenset(("سنوات", "اعوام", "عقود", "اشهر", "شهور", "عده"))  # منذ سنوات: a habit, no occurrence
RULE_VETO = 0.85
SOLID_VETO = 0.45
# A rule-built protest told as an occurrence (classify.protest_cues: تظاهر الطلاب، أقامت الأسر وقفة احتجاجية،
# شهدت المدينة إضرابا) is vetoed only below this share of the threshold: the PROTEST classifier learnt from 48 gold
# sentences and vetoed such plain article protests. On the gsr folds (head verb or occurrence verb): 0.2 / 0.3 / 0.4
# / none gave PROTEST CV F1 0.56 / 0.59 / 0.59 / 0.58 (held-out thresholds 0.53 / 0.59 / 0.57 / 0.57).
TOLD_VETO = {"PROTEST": 0.3}
# A rule-built protest with its crowd named and no target (a one-sided reading, not a weak one), told by a protest noun
# or verb (احتجاجات، مسيرة، تجمع), not by the crowd noun itself (المتظاهرون), is vetoed only below this share of the
# threshold (s23veto): over the 25 dev sets the vetoed rule-built protests between 0.25 and 0.85 of the threshold were 9
# of 12 right ("قتل شاب فلسطيني ... مساء الجمعة الثالثة للاحتجاجات"، "مقتل 2 فلسطينيين في احتجاجات غزة"). 0.32, not 0.25:
# at 0.25 the gsr PROTEST sentences gave 9 more false alarms (F1 0.771 -> 0.712; most a crowd's details told by a
# protest noun, labelled no: "وقبل المظاهرة مباشرة، قاد المتظاهرون أكثر من 40 سيارة"); at 0.32 one (0.764).
RULE_FLOOR = {"PROTEST": 0.32}
PINNED = {"claim", "control", "agent", "riot", "strike", "occur"}  # pins that stand against the classifier (a claimed attack, police dispersing a
# crowd, an attack whose author is marked as such and both sides are solid)
LENIENT = {"solid", "crowd"}  # pins that hold unless the classifier is far below its threshold (SOLID_VETO)
# An attack told by a finite verb of physical attack (قصف، قتل، دمر، اقتحم، استهدف، هاجم، اختطف) whose subject, next to
# the verb, is a state or an armed body and whose object is another side ("إسرائيل تقصف موقعا سورياً في القنيطرة"،
# "دمرت مقاتلات التحالف العربي، الخميس، تعزيزات عسكرية لميليشيات الحوثي") is vetoed only below this share of the
# threshold: the classifier's 159 gold attacks leave many such plain article sentences (headlines above all) between
# 0.25 and 0.85 of the threshold.
VERB_VETO = 0.25
# An attack the rules built between two named fighting sides (an army, a police force or an armed group, neither a
# bare قوات nor a person: strikes.fighters; or a state by its KB country entry, not a town or a capital, which raised
# the gsr false alarms: "قطاع غزة شهد مقتل شرطي"، "تضاعف واشنطن هجماتها"), whatever its trigger ("شنت مقاتلات التحالف غارات جوية استهدفت مواقع وتعزيزات تابعة
# لميليشيات الحوثي"، "استمرت مقاتلات التحالف استهدافها لمركبات ... للحوثيين"، "شاهد لحظة استهداف التحالف للميليشيات
# في صرواح"), is vetoed only below this share of the threshold, as a finite verb's is (VERB_VETO): such events carry
# the rules' lower noun confidence (0.7) and miss the solid pin; on the 1,000 leads 11 were vetoed, 8 of them true.
FIGHTERS_VETO = VERB_VETO
UNDIRECTED = {"MOBILIZE", "PROTEST"}
PATIENT_GEN = {"ASSAULT", "COERCE", "SANCTION", "RETREAT"}
# acts told by a verbal noun whose genitive is its author when the one acted on follows, marked (طلب الكويت من مجلس الأمن،
# لقاء نتانياهو بالسيسي): the type and the prepositions of that second party
_OWN_AGENT_NOUN = {"REQUEST": ("من",), "CONSULT": ("ب", "مع")}
PREPS = {"مع": "مع", "علي": "على", "ضد": "ضد", "الي": "إلى", "بين": "بين", "من": "من", "عن": "عن", "في": "في",
         "لدي": "لدى", "تجاه": "تجاه", "بحق": "بحق", "لصالح": "لـ", "نحو": "نحو",
         "بشان": "بشأن", "حول": "حول", "بخصوص": "بخصوص", "حيال": "حيال", "ازاء": "إزاء", "بصدد": "بصدد",
         "امام": "أمام"}  # (before a court, an assembly, a building: an audience or a place, never the doer)
# a party after these is what the act is about, never its target ("بحث ... بشأن أوكرانيا", "ترفض الاتهامات حول")
TOPIC_PREPS = {"بشأن", "حول", "بخصوص", "حيال", "إزاء", "بصدد"}
_ASKED_LINK = word_set("request", "asked_link")  # (من المغرر بهم ضمن صفوف الميليشيا: the body of the ones asked)
_AUDIENCE_TYPES = {"REQUEST", "ACCUSE", "THREATEN", "REJECT", "SUPPORT", "AGREE"}  # (أمام X: the audience, session 20)
_OFF_PREPS = {"RETREAT", "COERCE", "AID", "SANCTION"}  # أفرج عن، تخلى عن: عن marks the target only of these
_DEALT = word_set("launch", "dealt")  # (الضربة التي وجهها الجيش: strike nouns only)
_LAUNCHED = word_set("launch", "resumed")  # (الغارات التي شنتها، هجوم شنته طائرة: data/wordsets.tsv)
_NOUN_PREPS = {"في", "خلال", "جراء", "اثر", "عقب", "وسط", "اثناء", "اعقاب", "بسبب", "اثناء"}
_LIFT = {"رفع", "رفعت", "يرفع", "ترفع", "سترفع", "سيرفع", "رفعها", "تخفيف", "خفف", "خففت", "يخفف", "تخفف",
         "الغاء", "الغت", "الغي", "يلغي", "تلغي", "رفعه", "رفعوا"}
_LIFT_STOPS = word_set("accuse", "clause_opener") - {"ان", "انه", "انها"}  # (_lifted_from: the next clause)
_BAN_VERBS = {"حظرت", "حظره", "حظرها", "حظرهم", "حظروا"}  # (a verb of banning, not the lifted ban noun)
_HARM_PASSIVE_PRE = {"قتلوا", "قتلا", "اصيبوا", "اصيبا", "جرحوا", "جرحا", "قتل", "اصيب", "جرح", "قتلت", "اصيبت", "جرحت"}
_AFTER_PASSIVE = {"في", "خلال", "جراء", "اثر", "بعد", "اثناء", "عندما", "حين", "بينما", "منذ", "امس",
                  "اليوم", "علي", "ايضا", "كذلك", "حتي"}
_HARM_PASSIVE = {"قتل", "اصيب", "جرح", "اغتيل", "خطف", "اختطف", "قتلوا", "اصيبوا", "جرحوا", "قتلا", "اصيبا",
                 "اغتيلت", "اغتيلوا", "اغتيلا"}  # (اغتيلت: the passive spelling of the hollow verb; triggers.tsv)
_ARREST_PASSIVE = {"اعتقل", "اوقف", "احتجز", "اعتقلوا", "اوقفوا", "احتجزوا"}  # (the bare perfects of arrest: اُعتقل)
_LIGHT = {"اعرب", "اعربت", "عبر", "عبرت", "ابدي", "ابدت", "اعربوا", "عبروا", "يعرب", "تعرب", "يعبر", "تعبر"}
_UNDER_TERMS = {"بموجب", "وفق", "وفقا", "طبقا", "بنود", "ببنود", "لبنود"}  # (acting under an agreement's terms)
_DOCUMENTS = {"قرار", "القرار", "مرسوم", "المرسوم", "قانون", "القانون", "امر", "الامر", "رساله", "الرساله", "كتاب",
              "بيان", "البيان", "عريضه", "العريضه", "تقرير", "التقرير", "قرارا", "مرسوما", "قانونا", "امرا"}
_INCIDENTS = {"الهجوم", "هجوم", "الانفجار", "انفجار", "الحادث", "حادث", "الحادثه", "حادثه", "الاعتداء", "اعتداء",
              "التفجير", "تفجير", "اشتباك", "اشتباكات", "الاشتباكات", "الزلزال", "زلزال", "الانفجاران", "انفجاران",
              "ضحايا", "قتلي", "اصابات", "الاصابات", "القتلي", "الضحايا", "خلاف", "الخلاف", "اختيار", "الاختيار"}
_MONEY = {"اقتصاد", "الاقتصاد", "استثمارات", "الاستثمارات", "مساعدات", "المساعدات", "قرض", "قروض", "وديعه", "ودايع",
          "مليار", "مليارات", "مليون", "ملايين", "دولار", "منحه", "تمويل", "بتمويل", "باستثمارات", "بمساعدات", "بمليار",
          "بقرض", "بمبلغ", "مبلغ", "ميزانيه", "الميزانيه"}
_ENDANGER = {"انهيار", "تفاقم", "تقويض", "اندلاع", "تدهور", "زعزعه", "نسف", "تعطيل", "عرقله", "افشال", "انفجار",
             "تصعيد", "انزلاق", "تاجيج", "اشعال", "تعميق", "انهاء", "ضياع", "فقدان", "خساره", "حدوث", "وقوع", "كارثه",
             "مجاعه", "ازمه"}  # "يهدد بانهيار": what a situation endangers (no threatener)
_NEG_VERB = re.compile(r"(?<![\w\u064b-\u0652])[وف]?(?:لن|لا|لم)\s+([\w\u064b-\u0652]+)")
_DECISION_NOUNS = {"قرار", "القرار", "اعلان", "الاعلان", "حمله", "خطوه", "تهديد", "تهديدات", "محاوله",
                   "سعي", "رغبه", "نيه", "عزم", "استعداد", "تعهد", "مطالبه", "رفض", "موافقه", "اصرار", "قرارات", "مساعي",
                   "خطه", "خطط", "اعتزام", "تلويح"}
_HELD = {"موقوف", "موقوفين", "موقوفون", "محتجز", "محتجزين", "محتجزه", "معتقل", "معتقلين", "معتقله", "مسجون",
         "مسجونين", "محكوم", "محكومين", "متهم", "متهمين", "متهمون", "متهمه", "مدان", "مدانين", "ملاحق", "مطلوب",
         "مطلوبين", "يحاكم", "تحاكم", "يحاكمون", "سجين", "سجناء"}
_DECIDE_VERBS = {"قرر", "قررت", "يقرر", "تقرر", "اعلن", "اعلنت", "يعلن", "تعلن", "يعتزم", "تعتزم", "اعتزم", "اعتزمت",
                 "بدا", "بدات", "يبدا", "تبدا", "واصل", "واصلت", "يواصل", "تواصل", "استانف", "استانفت", "اكد", "اكدت"}
_ORDER_VERBS = word_set("order", "verb")
_PROTEST_ADJ = ("احتجاجي", "حاشد", "سلمي", "كبير", "ضخم", "غاضب", "واسع", "جديد", "مماثل", "شعبي", "ليلي", "عارم")
_SPONSOR = {"برعايه", "بوساطه", "بحضور", "رعايه", "بدعوه"}
_LED_BY = {"بقياده", "برياسه", "بزعامه"}
_LED_REL = word_set("relclause", "led")
_BACKED = word_set("relclause", "backed")


def _led_rel(toks, groups, g) -> bool:
    """Does party group g follow a relative pronoun and a verb of leading right after another party ("دمرت مقاتلات
    التحالف العربي لدعم الشرعية في اليمن الذي تقوده السعودية ... معسكرا للحوثيين")? Then it leads that party, no target
    of the act (s21assault2)."""
    k = g["s"]
    return k >= 3 and toks[k - 1].norm in _LED_REL and toks[k - 2].norm in ("الذي", "التي", "الذين") \
        and any(h["e"] == k - 2 for h in groups if h is not g)
_REVENGE = word_set("revenge", "noun")


def _avenged(toks, ts) -> bool:
    """Is the act at ts the cause of a revenge threatened, with لـ after the revenge noun ("توعد بالانتقام لمقتل
    الصماد"، "تعهد بالثأر لمقتل")? It happened: the revenge is what is threatened (s21freshassault)."""
    return ts > 0 and toks[ts].norm[:1] == "ل" and toks[ts - 1].norm.lstrip("وفب") in _REVENGE


_INVOLVED_ADJ = word_set("charge", "involvement_adj")


def _charged(text, toks, groups, trigs, ts) -> list | None:
    """The act at ts as the charge of an accusation (s22fp2): ب + its noun right after an accusing verb or noun and the
    accused ("تتهم مصر وإسرائيل برفض"، "اتهمته بدعم"، "اتهامات لندن لها بمحاولة قتل"). Returns the accused's ids ([]
    when a pronoun names them), or None when the act is no charge."""
    w = toks[ts].norm
    into = ts > 0 and toks[ts - 1].norm == "في"  # ("بسبب تورطها الواضح في دعم جبهة البوليساريو": involvement in it)
    if not (w[:1] == "ب" and len(w) >= 4 or into):
        return None
    if into:
        j = next((j for j in range(ts - 2, max(-1, ts - 7), -1) if toks[j].norm.lstrip("وبل").removeprefix("ال")
                  .startswith("تورط")), None)
        if j is None or _strong_between(text, toks, j, ts):
            return None
        k, accused = j + 1, []
        while k < ts - 1:
            g = next((g for g in groups if g["s"] == k and g["prep"] is None and g["e"] <= ts - 1), None)
            if g is not None:
                accused, k = list(g["ids"]), g["e"]
            elif toks[k].norm in _INVOLVED_ADJ:
                k += 1
            else:
                return None
        return accused
    for m2 in trigs:
        if m2.value.type != "ACCUSE" or m2.value.mode != "allege" or not (ts - 10 <= m2.end_tok <= ts) \
                or _strong_between_dated(text, toks, m2.end_tok, ts):
            continue
        k, accused = m2.end_tok, []
        while k < ts:
            g = next((g for g in groups if g["s"] == k and g["prep"] in (None, "ل") and g["e"] <= ts), None)
            if g is not None:
                accused, k = list(g["ids"]), g["e"]  # (the accuser after the verb, then the accused: VSO)
            elif toks[k].norm in ("له", "لها", "لهم", "لهما") or toks[k].norm in _REL_DAYS:
                k += 1  # (a day between commas: "اتهمت الحكومة التركية، الأربعاء، إسرائيل ومصر برفض")
            else:
                break
        if k == ts and (accused or m2.end_tok < ts or _object_suffix(toks[m2.end_tok - 1].norm) is not None):
            return accused
    return None


_AGENT_NOUNS = ("محتج", "متظاهر", "مسلح", "متمرد", "مهاجم", "مقاتل", "انتحاري", "ارهابي", "مليشي", "ميليشي")
_NUM_WORDS = {"عام", "عامين", "عاما", "سنه", "سنتين", "سنوات", "شهرا", "شهور", "اشهر", "مدي", "المويد", "مويد"}
_PACT_NOUNS = word_set("withdraw", "pact")  # (stage._pact_withdrawal)
_ORDER_PREPS = word_set("order", "prep")  # (REQUEST order: a party after one is no side; data/wordsets.tsv)
_ORDER_STOP = re.compile(r"[؛;:!?؟\n]|\.(?!\d)")  # (a sentence or clause end; the commas around a day pass: REQUEST order)


def _ordered_act(text, toks, start, spans, stop):
    """The token of the act an order names (REQUEST order: a بـ-word of four letters or more, not a بـ-word that is no
    act, outside the party spans ``spans``) within 16 words from ``start``; None when there is none or, with ``stop``,
    a sentence or clause end comes first."""
    for j in range(start, min(len(toks), start + 16)):
        if stop and j > start and _ORDER_STOP.search(text, toks[j - 1].end, toks[j].start):
            return None
        w = toks[j].norm
        if w[:1] == "ب" and len(w) >= 4 and w not in _CONDEMN_NOT_ACT_B and not any(s <= j < e for s, e in spans):
            return j
    return None
_STRONG = re.compile(r"[،؛;:!?؟\n]|[.,](?:(?<!\d[.,])|(?!\d))")  # (not the point or comma of a number: 2.5، 2,5;
# each branch opens with its character, not a look-behind: the engine skips to those characters)
_QUOTE_RE = re.compile(r"«([^«»]{2,600})»|“([^“”]{2,600})”|\"([^\"\n]{2,600})\"")
_COND_RE = re.compile(r"(?<!\w)[وف]?(?:إذا|اذا)(?!\w)|في حال|ما لم")
# (a match of _NEG_VERB holds لن، لا or لم and a space after it: this scan, with a literal first letter, is cheaper)
_NEG_GUARD = re.compile(r"ل[نام]\s")
_CROWD_CONTROL = word_set("crowd_control", "noun")
_FORCE_VERBS = word_set("force", "verb")
_NEW_FRONT = tuple(sorted(word_set("battle", "new_front")))  # (phrases opening a sentence: stage._other_front)
_BARE_FORCE_HEADS = frozenset(("قوات", "عناصر", "وحدات", "مقاتلي", "مسلحي"))  # (a force word the NER may read apart from the body it heads)


def _force_used(text, toks, ts) -> bool:
    """Is a past verb of using force or stepping in (تدخلت، أطلقت، استخدمت) told within eight words before ts, in the same
    clause, with no attempt (محاولة) between?"""
    for k in range(ts - 1, max(-1, ts - 9), -1):
        w = toks[k].norm
        if w.startswith(("محاول", "ومحاول")) or _strong_between(text, toks, k + 1, ts):
            return False
        if w in _FORCE_VERBS or w[:1] in "وف" and w[1:] in _FORCE_VERBS:
            return True
    return False


_TEMPORAL_SUBS = word_set("temporal", "sub")  # (+ أن/ما: a temporal clause opens)
_TEMPORAL_ONE = word_set("temporal", "one")  # (the same written as one word)
_TEMPORAL_AFTER = word_set("temporal", "after")  # (+ a verbal noun: the earlier act it tells)


def _cond_in(text: str, s: int, e: int) -> bool:
    """_COND_RE.search(text, s, e), tried only where one of its strings occurs (each branch holds one)."""
    return (text.find("ذا", s, e) >= 0 or text.find("في حال", s, e) >= 0 or text.find("ما لم", s, e) >= 0) \
        and bool(_COND_RE.search(text, s, e))


# nouns of harm (their genitive suffers), of attack (their owner or nationality acts), of what an attack hits
_HARM_NOUNS = {"مقتل", "قتلي", "قتيل", "قتيلا", "جرحي", "جريح", "مصرع", "اصابه", "اصابات"}


def _harm_noun(w: str) -> bool:
    """A harm noun, with و/ف and بـ/لـ before it ("بمقتل"، "لمقتل": "توعد بالانتقام لمقتل الصماد في ضربة جوية للتحالف")."""
    w = w.lstrip("وف")
    return w in _HARM_NOUNS or w[:1] in "بل" and w[1:] in _HARM_NOUNS
_ATTACK_NOUNS = {"هجوم", "هجمات", "غاره", "غارات", "قصف", "تفجير", "انفجار", "اشتباكات", "اشتباك", "مواجهات", "ضربه",
                 "ضربات", "كمين", "عمليه", "هجوما", "اعتداء", "قذيفه", "قذايف", "صاروخ"}
_TARGET_NOUNS = {"مواقع", "موقع", "مقرات", "مقر", "معسكرات", "معسكر", "تجمعات", "مراكز", "مركز", "قواعد", "قاعده",
                 "مخازن", "اهداف", "تحصينات", "مخابي", "منشات", "ثكنات", "ثكنه"}
_MISSILES = {"صواريخ", "صاروخ", "صاروخا", "قذايف", "قذيفه", "صاروخين"}
_MEMBER_NOUNS = {"قيادي", "قياديا", "قياديين", "عنصر", "عناصر", "عضو", "اعضاء", "مقاتل", "مقاتلين", "جندي", "جنود"}
# a sentence that opens on the statement that carries an act told just before ("وفي بيان صدر مساء الجمعة، قالت")
_STATEMENT_OPEN = re.compile(r"\s*[وف]?(?:في|خلال)\s+(بيان|تصريحات?|كلمة|مؤتمر|مقابلة|حديث|رسالة|تغريدة|اتصال)(?!\w)")
# conjunctions that open a clause of their own: a party before one is no subject of the verb after it ("هددت موسكو
# بطرد وسائل الإعلام البريطانية بعدما حذرت بريطانيا من أنها قد تسحب رخصة")
_SUBORDINATORS = {"بعدما", "عندما", "حينما", "لما", "كلما", "بينما", "فيما", "مثلما", "قبلما", "ريثما", "طالما"}
# bodies an office heads, before their name ("زعيم تحالف "سائرون""، "رئيس حزب الوفد")
_BODY_KINDS = {"تحالف", "حزب", "حركه", "تيار", "جماعه", "ايتلاف", "جبهه", "منظمه", "كتله", "مجلس", "هييه", "اتحاد"}
_OPENERS_SA = {"وقد", "قد", "فقد", "كما", "ثم", "حيث", "كان", "وكان", "كانت", "وكانت", "ان", "بان", "وان", "فان", "لان", "لكن",
                   "ولكن", "اليوم", "امس", "فيما", "بينما", "اذ", "حين", "عندما", "بدوره", "بدورها"}
_STATED = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT", "AGREE", "CONCEDE"}
_FIRST_PERSON = re.compile(r"(نا|نا[هك]|ت)$")


class _Lex:
    pass


_OPENED_FIRE = ("فتح", "اطلق", "يفتح", "تفتح", "يطلق", "تطلق", "اطلاق")  # (the verbs and the noun of the @fire fallback rows)


def _movement_adjective(toks, m) -> bool:
    """Is the mention a movement's adjective standing alone after its deed (قصف حوثي، لهجوم حوثي: the entity stage's
    kb/group_adjectives.tsv reading, one word naming the movement)? It names an attack's author as a nationality
    adjective does (هجوم إيراني)."""
    return m.kind == "ORG" and m.e - m.s == 1 and toks[m.s].norm in _group_adjective_forms()
_KIDNAP_VERBS = word_set("kidnap", "verb")  # (data/wordsets.tsv: an abduction told with both its sides is pinned)
_ACHIEVED = word_set("achieve", "verb")
_WE_ACT = word_set("we_act", "verb")  # (data/wordsets.tsv: first-person plural verbal acts, the speaker's in a quote)
_PASSIVE_AUX = word_set("passive", "aux", "future")  # (تم، وتم، جرى، يتم، سيتم)
_ABILITY = tuple(sorted(word_set("ability", "cue")))  # (cues.tsv hyp: the power to act; read as a start)
_CONTINUED = word_set("continue", "verb")
_COUNTED_OBJECTS = word_set("count", "object")
_CRAFT = word_set("craft", "noun")
_ACKNOWLEDGE = word_set("acknowledge", "verb")
_DRIVE_OUT = word_set("drive_out", "verb")  # (data/wordsets.tsv: طرد، دحر; also control.py)
_DRIVEN_MEMBERS = word_set("drive_out", "members")  # (data/wordsets.tsv: admitting or mourning one's own dead)
_STARTS = word_set("start", "noun")  # (the start of an operation announced: أعلن بدء عملية)
_HIJACKED = word_set("kidnap", "vehicle")  # (a vehicle seized is no captive: اختطفوا سفينة صيد)
_FIRE = frozenset(("النار", "النيران", "الرصاص", "نيرانها", "نيرانه", "نيرانهم"))  # (أطلق X النار: @fire)
_NOT_FIRED = frozenset(("تحقيق", "تحقيقا", "التحقيق", "باب", "الباب", "ملف", "الملف", "مجال", "المجال", "سراح", "الطريق",
                        "حمله", "الحمله", "نقاش", "النقاش", "تحقيقات", "التحقيقات", "قضيه", "القضيه", "حادث", "الحادث"))


_CHARGES = word_set("condemn", "charge")  # (charges after a verb of condemning: a conviction, _conviction_like)
_COURT_WORD = re.compile(r"(?:ال)?(?:محكم|قضاء|قاض|محلفين|نيابه|ادعاء)")
# words after a verb of condemning that are no condemned act (a clause, a manner, a place, a statement's channel), the
# manner adverbs passed over before the act, and the words opening on ب that are no act condemned after بـ (data/wordsets.tsv)
_CONDEMN_NOT_OBJECT = word_set("condemn", "not_object")
_CONDEMN_MANNER = word_set("condemn", "manner")
_CONDEMN_NOT_ACT_B = word_set("condemn", "not_act_b")

def _need_span(need) -> int:
    """How many words after a trigger its needed word may stand: 16 for @wide, 12 for the responsibility a verb of
    blaming gives (its subject and object may stand between with their titles: "حمل الرئيس الفلسطيني محمود عباس حركة
    حماس المسؤولية"، "حملت الرئاسة الفلسطينية حركة حماس التي تسيطر على قطاع غزة منذ 2007 المسؤولية"), 10 for @far (a
    reply's على past the replier's name, title and day: "رد بهرام قاسمي، المتحدث باسم وزارة الخارجية الإيراني، على
    التصريحات"), else 6."""
    return 16 if "@wide" in need else 12 if "المسووليه" in need else 10 if "@far" in need else 6


def _title_roles() -> dict:
    """Arabic office titles of the knowledge base (entities/kb/titles.tsv) → their role key (الزعيم → leader)."""
    from ..entities.kb import KB_DIR
    out = {}
    with open(KB_DIR / "titles.tsv", encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\n").split("\t")
            if len(row) >= 5 and not line.startswith("#") and row[3] == "ar" and row[4] == "title":
                out.setdefault(normalize(row[0]), row[1])
    from .lexicon import read_tsv
    for form, _sector, *role in read_tsv("titles.tsv"):  # (bare titles the KB gives no role: المستشارة → chancellor)
        if role and role[0]:
            out.setdefault(normalize(form), role[0])
    return out


def load_lexicons() -> _Lex:
    lx = _Lex()
    lx.trig = load_triggers()
    lx.trig_fb = load_triggers("fallback_triggers.tsv")  # readings of words the main lexicon reads otherwise (_triggers)
    lx.trig_ref = load_triggers("refusal_triggers.tsv")  # refusals told by لن / لا تعتزم before a verb of handing over
    lx.gaz = load_gazetteer()
    lx.parties = load_parties()
    lx.titles = load_titles()
    lx.cues = load_cues()
    lx.stop = load_words("stopwords.tsv")
    lx.speech = load_words("speech.tsv")
    # (a verb of saying with the conjunction و / ف glued on, وأضاف، ويقول، فقال: what opens most sentences of reported
    # speech after the first; read by the gate that looks for reported speech in a sentence)
    lx.speech_gate = frozenset(lx.speech) | {c + w for w, v in lx.speech.items() if v == "say" for c in "وف"}
    lx.channels = load_words("channels.tsv")
    lx.orgheads = load_words("orgheads.tsv")
    lx.condthreats = load_words("condthreats.tsv")
    lx.refusals = load_refusals()
    lx.blame = load_blame()
    lx.implicit = load_implicit_blame()  # (mid nouns, verbs of saying and reasons of implicit blame: _blame)
    lx.condemn = load_words("condemn.tsv")  # condemnation verbs, owned statement nouns (_condemned_acts)
    lx.rebut = _critics.load()  # charges judged false, denials of the clause before (critics.py)
    from .lexicon import PhraseMatcher, norm_phrase, read_rows, read_tsv
    # (stems of a consequence its own subject will suffer: ستدفع الثمن، ستندم — the subject is the one threatened)
    lx.condthreat_subj = frozenset(normalize(r[0]) for r in read_rows("condthreats.tsv") if len(r) > 2 and r[2] == "subj")
    lx.concede = {"pardoner": []}  # pardons and apologies (_pardon_parties, _apology_to): kind → forms
    for kind, forms, *rest in read_tsv("concede.tsv"):
        if kind == "pardoner":
            lx.concede["pardoner"].append((forms, rest[0] if rest else ""))
        else:
            lx.concede.setdefault(kind, set()).update(normalize(f) for f in forms.split("|") if f)
    lx.untargeted = {}  # kind → normalised forms: verbal acts that may stand without a named target (_untargeted_ok)
    for kind, forms in read_tsv("untargeted.tsv"):
        lx.untargeted.setdefault(kind, set()).update(normalize(f) for f in forms.split("|") if f)
    lx.hypnext = {normalize(form) for kind, form in read_rows("cues.tsv") if kind == "hypnext"}
    lx.prospect = {normalize(form) for kind, form in read_rows("cues.tsv") if kind == "prospect"}
    lx.endangered = {normalize(row[0]) for row in read_tsv("endangered.tsv")}
    lx.granted = frozenset(load_words("granted.tsv"))  # what منح grants that is no aid (a prize, a deadline)
    lx.warn_danger = {normalize(f) for kind, f in read_tsv("warnings.tsv") if kind == "danger"}
    lx.warn_source = {normalize(f) for kind, f in read_tsv("warnings.tsv") if kind == "source"}
    lx.threat_pose = {normalize(f) for kind, f in read_tsv("warnings.tsv") if kind == "pose"}
    lx.threat_quality = {normalize(f) for kind, f in read_tsv("warnings.tsv") if kind == "quality"}
    from .lexicon import expand
    lx.stance_verbs = {normalize(f) for kind, form in read_rows("stances.tsv") for f in expand(form)}
    lx.stance_receive = {normalize(f) for kind, form in read_rows("stances.tsv") if kind == "receive" for f in expand(form)}
    # (a verb that states a stance noun as its subject's own, or gives it to its subject: see _stance_stated)
    # dual nouns that name the two sides of an act without naming them (الجانبان، البلدين، الزعيمان): their kind
    lx.pairs = {normalize(form): typ for form, typ, _, en, *_rest in read_rows("parties.tsv") if en.startswith("both ")}
    lx.title_roles = _title_roles()  # (a definite office refers back to its one named holder: parties._holder)
    lx.accident, lx.attack = load_cues({"accident"}), load_cues({"attack"})
    from ..entities.kb import read_homographs
    lx.homographs = read_homographs()[1]  # (party nouns that are common words here: parties._homograph_here)
    ch = PhraseMatcher()
    for form, name in read_rows("channels.tsv"):
        ch.add(norm_phrase(form), name)
    lx.channel_m = ch
    ctx = PhraseMatcher()
    for form, name in read_tsv("contexts.tsv"):
        ctx.add(norm_phrase(form), name)
    lx.contexts = ctx
    lx.datecues = _dates.load_cues()
    lx.datecue_words = {k: 1 for k in lx.datecues.trie}
    return lx


_LAZY = object()


class _Sent:
    __slots__ = ("i", "start", "end", "toks", "trigs", "ments", "cues", "date", "date_text", "quote", "blame", "_cut",
                 "_ctx", "pairs", "paired", "idle", "aimed")

    def __init__(self, i, start, end, toks):
        self.i, self.start, self.end, self.toks = i, start, end, toks
        self.trigs = []
        self.ments = None
        self.cues = None
        self.date = None
        self.date_text = None
        self.quote = None
        self.blame = False
        self.idle = False  # the sentence holds "مكتوف" (لن نقف مكتوفي الأيدي: kept for _idle_threat with no trigger)
        self.aimed = False  # measures aimed at a party by ضد (kept for _conditional_threats with no trigger)
        self._cut = None  # _dateline_end of the sentence, once
        self._ctx = None  # the contexts phrase matches of the sentence, once
        self.pairs = ()  # its dual nouns of two sides not yet resolved: [(Mention, kind)] (_resolve_pairs)
        self.paired = []  # ... and those resolved (Mentions standing for two sides)

    def cut(self, text) -> int:
        if self._cut is None:
            self._cut = _dateline_end(text, self.start, self.toks)
        return self._cut


class EventStage(Stage):
    name = "events"
    needs = ("text", "sentences", "entities")
    gives = ("events", "quotes")

    def __init__(self, veto: bool = True):
        """veto=False leaves ASSAULT/PROTEST to the rules alone: the sentence classifier neither vetoes the events
        they build nor turns weak readings (no named sides) into events; for rule-only evaluations and tests."""
        self.lex = None
        self.classifier = None
        self._no_veto = not veto
        self._record = None  # a list: _decide appends its inputs there (train_classifier)

    def _maybe(self, sent: str, ns: str | None = None, ac=None) -> bool:
        """Does the normalised sentence contain any trigger word (as a substring)?"""
        ns = normalize(sent) if ns is None else ns
        for end, w in (ac or self._ac).iter(ns):
            i = end - len(w) + 1
            k = i
            while k > 0 and i - k < 4 and ns[k - 1] in "وفبلكسال":
                k -= 1
            if k == 0 or not ns[k - 1].isalnum():
                j = end + 1  # ... and ends there, or goes on with a suffix only (ات، ون، ه، هم، تم ...)
                while j < len(ns) and ns[j].isalnum() and j - end <= 4 and ns[j] in "اتونهمكن":
                    j += 1
                if j >= len(ns) or not ns[j].isalnum():
                    return True
        return False

    def setup(self) -> None:
        if self.lex is None:
            self.lex = load_lexicons()
            import ahocorasick

            ac = ahocorasick.Automaton()
            def live(node):  # does any phrase below this node code an event (not only a blocker)?
                return any(k == "$" and v.type != "NONE" or k != "$" and live(v) for k, v in node.items())

            for w, node in list(self.lex.trig.trie.items()) + list(self.lex.trig_fb.trie.items()) + list(
                    self.lex.trig_ref.trie.items()):
                if w and live(node):
                    ac.add_word(w, w)
            ac.make_automaton()
            self._ac = ac
            acb = ahocorasick.Automaton()
            for w in blame_prefilter_words():
                acb.add_word(w, w)
            acb.make_automaton()
            self._ac_blame = acb
            from .classify import SentenceClassifier
            self.classifier = SentenceClassifier.load()

    # ------------------------------------------------------------------------------------------------
    def process(self, doc: Doc) -> Doc:
        self.setup()
        text = doc.get("text") or ""
        spans = doc.get("sentences") or _fallback_sentences(doc)
        pub = _dates.parse_published(doc)
        lex = self.lex
        dp = DocParties(doc, lex)
        self._text, self._dp, self._recent_events, self._pub = text, dp, [], pub
        self._condemned_untargeted = set()  # trigger offsets of condemnations kept with no target (_untargeted_ok)
        self._own_agree = None
        self._quotes = []
        self._crowd_ids = set()  # implied protesters (_implied_crowd)
        self._detainee_ids = set()  # implied people arrested (_unnamed_detainees)
        self._spans = spans
        # the headline's span: the page reader's (a page dump opens with a masthead and menus), else the first line
        nl = text.find("\n")
        self._head_span = doc.get("headline_span") or ((0, nl) if nl >= 0 else None)
        self._sents = []
        self._spoke = {}  # sentence index → the speaker a "وأضاف" opening it continues (_continued_speaker)
        legal_sents = set()  # sentences that may tell a legal act legal.py reads
        _KNOWN_WORDS.clear()
        _NAME_WORDS.clear()
        for e in doc.get("entities") or []:
            for m in e.get("mentions") or []:
                w = (m.get("text") or "").split()
                if w:
                    _KNOWN_WORDS.add(normalize(w[0]))
                    for x in w:
                        if x[:1] == "س":
                            _NAME_WORDS.add(normalize(x))
        sents = []
        quotes_spans = _quote_spans(text, spans)
        qstarts = [q[0] for q in quotes_spans if text.count(" ", q[0], q[1]) >= 2]  # scare quotes need no speaker
        for i, (s, e) in enumerate(spans):
            # prefilter: only sentences holding a trigger word (or opening a quote) are tokenised
            cond = _cond_in(text, s, e)
            refuse = _NEG_GUARD.search(text, s, e) is not None and bool(_NEG_VERB.search(text, s, e)) and any(
                normalize(w) in self.lex.refusals.trie for w in _NEG_VERB.findall(text, s, e))
            ns = normalize.__wrapped__(text[s:e])  # (a sentence is seen once: not kept in the words' cache)
            blame = self._maybe(text[s:e], ns, self._ac_blame)
            idle = text.find("مكتوف", s, e) >= 0  # (لن نقف مكتوفي الأيدي: kept for _idle_threat, no trigger needed)
            aimed = text.find("ضد", s, e) >= 0 and _AIMED_MEASURE_RE.search(text, s, e) is not None
            # (s26request: "إن بلاده تدرس اتخاذ إجراءات إضافية ضد كندا": measures aimed at a party, kept for
            # _conditional_threats with no trigger word)
            if _legal.maybe(text, s, e):
                legal_sents.add(i)  # (court appearances, trials, inquiries, deportations: legal.py)
            if not self._maybe(text[s:e], ns) and not any(s <= q < e for q in qstarts) and not cond and not refuse \
                    and not blame and not idle and not aimed:
                sents.append(_Sent(i, s, e, []))
                continue
            toks = dp.tokens(s, e)
            st = _Sent(i, s, e, toks)
            st.blame = blame
            st.idle = idle
            st.aimed = aimed
            if toks:
                st.trigs = self._triggers(st)
                if refuse:
                    st.trigs = sorted(st.trigs + self._refusals(toks, st.trigs), key=lambda m: m.start_tok)
            sents.append(st)
        events, quotes = [], []
        pool = []  # acts read with their author, kept or not: the doers of condemned acts (_condemned_doers)
        last_actor = None
        self._sents = sents
        onesided = []  # operations told with their author and no target (enemies.py)
        for st in sents:
            toks = st.toks
            if not toks:
                if st.i in legal_sents:  # (a sentence with no trigger word: read for legal.py alone)
                    events.extend(_legal.untriggered(self, doc, dp, sents, st, pub))
                continue
            has_speech = bool(st.trigs) and not lex.speech_gate.isdisjoint(map(_TOK_NORM, toks))
            in_q = [q for q in quotes_spans if q[0] < st.end and q[1] > st.start]
            if not (st.trigs or in_q or st.blame or st.idle or st.aimed or _cond_in(text, st.start, st.end)):
                if st.i in legal_sents:
                    events.extend(_legal.untriggered(self, doc, dp, sents, st, pub))
                last_actor = self._opening_subject(text, dp, st) or last_actor
                continue
            st.ments = _place_demonyms(toks, dp.mentions(toks))
            if (text.find("الدول", st.start, st.end) >= 0 or text.find("البلدان", st.start, st.end) >= 0) \
                    and _STATES_REF.search(text, st.start, st.end):  # (each branch holds one of these words)
                self._states_ref(st, sents)
            if not _BLOC_MEMBER.isdisjoint([t.norm.lstrip("و") for t in toks]):
                self._bloc_states(st)  # "دولا في حلف شمال الأطلسي": the bloc's states, read as the bloc
            st.pairs = [(x, k) for x in st.ments for k in (self._pair_noun(st, x),) if k]
            if st.pairs:
                self._resolve_pairs(st, None)
            st.cues = _LAZY  # the sentence's time cues, read when an event of it is dated (_cues_of)
            # quotes whose opening lies in this sentence
            for qs, qe in in_q:
                if st.start <= qs < st.end:
                    q = self._quote(doc, dp, sents, st, qs, qe, last_actor)
                    if q:
                        quotes.append(q)
                        self._quotes = quotes
            if has_speech:
                quotes.extend(self._reported(doc, sents, st, quotes_spans, last_actor))
                self._quotes = quotes
            inside = [(x.s, x.e) for x in st.ments if x.e - x.s > 1 and x.kind in ("ORG", "GPE", "FAC", "LOC")]
            names = [(x.s, x.e) for x in st.ments if x.kind in ("PERSON", "GPE") and not x.eid.startswith("ev-p")]
            q_mark = "؟" in text[st.start:st.end] or "?" in text[st.start:st.end]
            for m in st.trigs:
                if any(a < m.start_tok < b for a, b in inside) or any(a <= m.start_tok < b for a, b in names):
                    continue  # "منظمة حظر الأسلحة الكيميائية", "ليبرمان": a word of a name, not an act
                ev = self._event(doc, dp, sents, st, m, quotes, quotes_spans, last_actor, pub)
                if ev:
                    _precision.passive_agent(st, ev, m)  # "بعد انتقادها من قبل X": X the doer (precision.py)
                    _precision.issued_by(st, ev, m)  # "التحذيرات الصادرة عن X": X the doer
                    _precision.source_min(st, ev, m, text)  # "بعد تنديد من الأمم المتحدة": the UN the doer (s20fp)
                    _precision.expelled_from(st, ev, m)  # "طرد دبلوماسييها من روسيا": Russia expelled them (s20fp)
                    _precision.ally_apposition(st, ev)  # "روسيا حليفة دمشق تعارض": Russia opposes (s20fp)
                    _precision.object_after_day(st, ev, m, text)  # "اتهم المحامي ... الجمعة، الإمارات": the object
                    _nationality.answered_act(st, ev, m, self._nationality)  # "ردا على تهديدات روسية" (s20nat)
                    if q_mark and not ev["hypothetical"] and _precision.in_question(
                            text, ev["trigger"]["start"], ev["trigger"]["end"], st.start, st.end):
                        ev["hypothetical"] = True  # "هل تسفر القمة عن اتفاق؟"، "اتفقنا؟": a question, no claim
                if ev:
                    _enemies.drop_ally_targets(st, ev, dp.by_id, m.end_tok, text)  # "بإسناد ومشاركة القوات الإماراتية": no target (s21enemy)
                if ev and ev["type"] in MATERIAL_ACTS \
                        and not _material.refine(self, st, ev, events, (m.start_tok, m.end_tok)):
                    continue
                if ev:
                    events.append(ev)
            self._condemned_acts(text, st, events)
            events.extend(self._conditional_threats(doc, sents, st, events, quotes, last_actor, pub))
            events.extend(self._idle_threat(doc, sents, st, events, quotes, pub))
            events.extend(self._announced_offers(doc, sents, st, events, quotes, pub))
            if st.blame:
                events.extend(self._blame(doc, sents, st, events, quotes, pub))
            events.extend(_critics.after_sentence(self, doc, sents, st, events, quotes, pub))
            events.extend(_critics.defiance(self, doc, sents, st, events, pub))
            events.extend(self._punished_act(doc, sents, st, events, pub))
            if st.i in legal_sents:
                events.extend(_legal.after_sentence(self, doc, sents, st, events, pub))
            _result_victims(text, st, events)
            if not self._no_veto:
                self._decide(text, st, events)
            pool.extend(e for e in events if e["_sent"] == st.i and e["actors"] and e["type"] in _CONDEMNED_ACTS)
            for e in events:
                if e["_sent"] == st.i and _enemies.candidate(e, dp.by_id):
                    e["_allies"] = sorted(set(e.get("_allies") or ()) | _enemies.allies_in(st, dp.by_id) - set(e["actors"]))
                    onesided.append(e)
            events = [e for e in events if not e.get("_veto") and not e.get("_weak")]
            for ev in events:  # (after the classifier's decision, which reads the sides as the coder built them)
                if ev["_sent"] == st.i and ev["type"] == "ASSAULT":
                    _material.clash_sides(self, st, ev, lambda: _free_groups(text, st.toks, st))
                if ev["_sent"] == st.i and ev["type"] in MATERIAL_ACTS:
                    _material.after_decision(self, st, ev)  # (a force's owner; the party a crowd stands by)
            for ev in events[::-1]:
                if ev["_sent"] == st.i and ev["actors"] and ev["actors"][0] not in self._crowd_ids \
                        and not ev.get("_charge"):  # (the accused of a charge is no subject that goes on: s22fp2)
                    last_actor = ev["actors"][0]
                    break
            else:
                cut = st.cut(text)
                first = [m for m in st.ments if m.kind in ("PERSON", "ORG", "GPE") and m.s >= cut]
                if first and (st.trigs or in_q or not st.blame):
                    # (a sentence read only for a word of blame that coded nothing leaves the story's actor as it was)
                    last_actor = first[0].eid
        events = _story.referenced_authors(self, events)  # a reaction to an act told before with no event (story.py)
        events = _condemned_doers(events, pool, dp, self)
        events = _enemies.story_enemy(events, onesided, dp.by_id)  # an operation aimed at the story's enemy
        self._statement_dates(doc, dp, spans, events)
        events = [e for e in events if not _impossible_author(e, dp) and _agent_parties(e, dp)]
        events = _accuse.refine(self, events, dp)  # ACCUSE checks: drafts, inquiries, lawsuits, claims (accuse.py)
        events = _legal.refine(self, events, dp)  # dismissals named right after their verb (legal.py)
        _gatherings.organizers(events, dp.by_id, text)  # a protest's caller is its organiser, no target (gatherings.py)
        donors = [e for e in events if e.get("_donor")]
        head = self._headline_sent(doc, spans)
        events = self._merge([e for e in events if not e.get("_donor")], dp, head)
        events = _accuse.exchanges(self, events, dp)  # an accusation exchanged: one each way (accuse.py)
        for d in donors:
            # the same attack on the same victim, told without its author but with its day
            hit = next((e for e in events if e["type"] == d["type"] and not e["date_text"] and not e["negated"]
                        and e["hypothetical"] == d["hypothetical"] and set(e["recipients"]) & set(d["recipients"])), None)
            if hit is not None:
                hit["date"], hit["date_text"] = d["date"], d["date_text"]
        for d in [e for e in events if e.get("_was_weak") and not e["actors"]]:
            # an attack told without its author (قتل محسود في غارة الخميس) beside one that names the author and
            # the same victim: one attack; the authorless telling only lends its day
            hit = next((e for e in events if e is not d and e["type"] == d["type"] and e["actors"]
                        and e["negated"] == d["negated"] and e["hypothetical"] == d["hypothetical"]
                        and set(e["recipients"]) & set(d["recipients"])), None)
            if hit is not None:
                if d["date_text"] and not hit["date_text"]:
                    hit["date"], hit["date_text"] = d["date"], d["date_text"]
                events.remove(d)
        events = _strikes.fold_sideless(self, events, head)  # an attack told again without its sides: one event
        _strikes.name_authors(self, events)  # ... and one told only so takes the author its attack noun names
        _strikes.claimed_authors(self, events)  # ... or the one the story says claimed it
        events = _strikes.anaphoric_authors(self, events)  # ... or the author of the attack a definite noun takes up
        headline = (self._sents[head].toks or dp.tokens(*spans[head])) if head is not None and any(
            e["type"] == "ASSAULT" and not e["actors"] for e in events) else ()  # (its tokens: non_political_harm)
        events = _material.quoted_mentions(_material.drop_reporters(events, dp.by_id), quotes, dp.by_id)
        events = _material.fold_repeated([e for e in events if not _material.non_political_harm(self.lex, e, self._sents[e["_sent"]].toks, headline)])
        events = _material.fold_same_author(events, dp.by_id)
        events = _material.fold_bombers(events, dp.by_id)  # one suicide attack told twice (session 20)
        for ev in events:  # "بإسناد من طائرات التحالف": an attack's co-authors, once its tellings are one (control.py;
            # read after merging, so that a co-author does not make two attacks of the story look like one)
            if ev["type"] == "ASSAULT" and getattr(self._sents[ev["_sent"]], "ments", None) is not None:
                _control.co_authors(self, self._sents[ev["_sent"]], ev)
        self._signing_days(doc, events)  # "ووقعت الاتفاقية في روالبندي يوم الثلاثاء": the day of an agreement told vaguely
        _unheld_meetings(events, pub)
        _unheld_headline_meetings(events, head, dp.by_id)
        _story_days(events, doc.get("timex"), pub, spans)
        _story_day_default(events, pub, doc.get("timex"), spans)  # (the story's one day, not the publication day, for an act told with none: s23date)
        events = _visits.hosts_of_visits(events, dp.by_id, text)  # the place visited is no visitor
        for ev in events:  # (no party is its own target: "الشرطة ... مركز للشرطة" once both were one body)
            if set(ev["recipients"]) & set(ev["actors"]):
                ev["recipients"] = [r for r in ev["recipients"] if r not in ev["actors"]]
        events = [e for e in events if not (e["type"] == "CONSULT" and e["mode"] != "multilateral"
                                            and not (e["actors"] and e["recipients"])
                                            and not e["negated"] and not e["hypothetical"])]
        # (a meeting left with one side, its other a place or no party: "تلقوا مكالمات هاتفية من بعض العمال في الموصل")
        events = self._story_protests(events)
        events = _sport.keep_political(events, self._text, dp.by_id)  # a sports story's meetings, deals and
        # sackings between teams and players are no political events (sport.py, s24)
        addressed = {e["trigger"]["start"] for e in events if e["type"] == "REQUEST" and not e.get("_crowd_demand")}
        events = [e for e in events if not (e.get("_crowd_demand") and (
            not e["recipients"] or e["trigger"]["start"] in addressed))]  # ("ويطالب محتجون بإقالة رئيس الوزراء": of him)
        _placed_victims(events, dp.by_id, (dp.focus or dp.scene) if not (dp.focus and dp.scene and dp.focus != dp.scene) else None)
        # sentence classifier: scores ASSAULT/PROTEST candidates, may veto weak ones
        met = {id(e) for e in events if e.get("_forum_met")}
        for ev in events:  # the coder's private marks (_sent, _weak, _agent, _launch, _legal ...) leave with it
            for k in [k for k in ev if k[:1] == "_"]:
                del ev[k]
        events.sort(key=lambda e: (e["start"], e["trigger"]["start"]))  # (in the order the text tells them)
        for n, ev in enumerate(events, 1):
            ev["id"] = f"{doc.get('id')}-e{n}"
            if _partial(ev) and id(ev) not in met:
                # (s22coop: not a forum's members meeting among themselves, told as such: no counterpart to name,
                # "بحث وزراء خارجية الدول السبع الصناعية الكبرى الأحد سبل الضغط على روسيا", the gold codes it so)
                # an act told as done whose doer, or (for a type that needs one) whose target, the coder could not name:
                # no claim between parties; the output keeps it apart (record.to_output: partial_events). On the
                # development sets 23 of 25 such events were wrong as claims (docs/events.md "Partial events")
                ev["partial"] = True
        doc["events"] = events
        doc["quotes"] = _dedup_quotes(quotes)
        return doc

    # ------------------------------------------------------------------------------------------------
    def _triggers(self, st) -> list:
        """The sentence's event triggers: lexicon matches (no blockers), each with what it needs around it, less the
        meetings a cancelling verb stands before."""
        found = self.lex.trig.find_all(st.toks)
        out = [m for m in found if m.value.type != "NONE" and self._needs_ok(st, m)
               and (m.value.mode != "necessity" or _appeals.necessity_form(st.toks, m.end_tok))]
        # (a noun of necessity is a trigger only before the act demanded with its doer's slot: "ضرورة التزام"، "ضرورة أن
        # تلتزم"; "يؤمنون بضرورة القضاء على" is none, and leaves the sentence as it was)
        if self.lex.trig_fb.trie:
            # a fallback reading stands where the main lexicon has none (no match, or one whose needs fail: أمهل
            # without a diplomat is a deadline given, not an expulsion); never over a blocker
            held = [(m.start_tok, m.end_tok) for m in found if m.value.type == "NONE" or m in out]
            fb = [m for m in self.lex.trig_fb.find_all(st.toks) if not any(a < m.end_tok and m.start_tok < b for a, b in held)
                  and self._needs_ok(st, m)]
            if fb:
                out = sorted(out + fb, key=lambda m: m.start_tok)
        if self.lex.trig_ref.trie:
            # ("لن تسلم جثث"، "لا تعتزم تسليم المدينة": refusal_triggers.tsv, where no reading above stands)
            held = [(m.start_tok, m.end_tok) for m in found if m.value.type == "NONE"] + [(m.start_tok, m.end_tok) for m in out]
            rf = [m for m in self.lex.trig_ref.find_all(st.toks) if not any(a < m.end_tok and m.start_tok < b for a, b in held)
                  and self._needs_ok(st, m)]
            if rf:
                out = sorted(out + rf, key=lambda m: m.start_tok)
        out = [self._pact_withdrawal(st.toks, m) if m.value.type == "RETREAT" and m.value.mode == "withdraw" else m
               for m in out] + [w for m in found if m.value.type == "RETREAT" and m.value.mode == "withdraw" and m not in out
                               and not m.value.need  # (not a departure whose fighters are missing: خروج بريطانيا من الاتحاد)
                               and (w := self._pact_withdrawal(st.toks, m)) is not m]
        return _uncancelled(sorted(out, key=lambda m: m.start_tok))

    def _pact_withdrawal(self, toks, m):
        """A withdrawal whose من names a pact or a body (انسحبت واشنطن الثلاثاء من الاتفاق النووي، أكد انسحاب بلاده من
        المعاهدة، أعلنت انسحابها من مجلس حقوق الإنسان): a SANCTION withdraw, not a retreat of forces; the من within
        five words of the same clause, after the withdrawer and a time word; a body of the gazetteer only if it is an
        international organisation (IGO: not an armed group, "انسحاب عشرات المقاتلين من تنظيم داعش من الرقة" is a
        retreat). Otherwise the match as it was."""
        text = self._text or ""
        for j in range(m.end_tok, min(len(toks), m.end_tok + 5)):
            if j > m.end_tok and _STRONG.search(text, toks[j - 1].end, toks[j].start):
                return m
            if toks[j].norm == "من" and j + 1 < len(toks):
                w = toks[j + 1].norm
                w = w[2:] if w.startswith("ال") else w
                two = w + " " + toks[j + 2].norm if j + 2 < len(toks) else w
                h = self.lex.gaz.longest_at(toks, j + 1)
                if w in _PACT_NOUNS or two in _PACT_NOUNS or h is not None and h[1].type == "ORG" and h[1].sector == "IGO":
                    return m._replace(value=Trigger("SANCTION", "withdraw", frozenset(), 0.65))
                return m
        return m

    def sentence_candidates(self, text: str, start: int = 0, end: int | None = None):
        """Factual trigger types of one sentence (no argument attribution): [(type, confidence)]."""
        self.setup()
        end = len(text) if end is None else end
        toks = tokenize(text, start, end)
        st = _Sent(0, start, end, toks)
        self._text = text
        st.trigs = self._triggers(st)
        st.cues = self._trigger_flags(st)
        out = [(m.value.type, m.value.confidence) for m, f in zip(st.trigs, st.cues) if not f.endswith(("N", "H"))]
        return out, st

    def _trigger_flags(self, st) -> list[str]:
        """Each trigger of the sentence as "TYPE:mode:" plus N (negated) and/or H (hypothetical): classifier features."""
        flags = []
        for m in st.trigs:
            neg, hyp, _ = self._factuality(st, m.start_tok, m.end_tok, m.value.type)
            flags.append(f"{m.value.type}:{m.value.mode}:{'N' if neg else ''}{'H' if hyp else ''}")
        return flags

    def sentence_types(self, text: str) -> set[str]:
        """Types of the factual events (not negated, not hypothetical) the coder reads in one sentence on its own
        (no entity stage before it; ``marsad eval`` runs the whole pipeline instead)."""
        doc = new_document("s", text)
        doc["sentences"] = [[0, len(text)]]
        self.process(doc)
        return {e["type"] for e in doc["events"] if not (e["negated"] or e["hypothetical"])}

    def _decide(self, text, st, events):
        """ASSAULT and PROTEST: the sentence classifier (trained on the Arabic PLOVER gold) decides whether the
        sentence reports such an act. Accepted: the rule-built events of the type stay, and a weak reading (one
        whose sides the sentence does not name) becomes an event. Rejected: the type's factual events in the
        sentence are vetoed, except those the text pins down beyond doubt (both sides solid and a confident
        trigger, a claimed attack, police dispersing a named crowd)."""
        models = set(self.classifier.models) if self.classifier else set()
        present = {m.value.type for m in st.trigs} & models
        if not present:
            return

        def solid(ids):  # a party the text pins down: a state, a named person, an armed or official body
            for i in ids:
                x = self._dp.by_id.get(i) or {}
                if x.get("country") or x.get("sector") in ("MIL", "REB", "COP", "GOV") or \
                        (x.get("type") == "PERSON" and i not in self._dp.office_ids):
                    return True
            return False

        def crowd(ids):
            return bool(ids) and all(self._agentive_id(i) for i in ids)

        def armed(ids):  # a state or an armed body (the subject of a verb of physical attack)
            return bool(ids) and all((self._dp.by_id.get(i) or {}).get("type") == "GPE" or (self._dp.by_id.get(i) or {}).get(
                "sector") in ("MIL", "REB", "COP") for i in ids)

        def nations(ids):  # states named by their nationality adjective ("ضربات أمريكية بريطانية")
            return all((x := self._dp.by_id.get(i) or {}).get("type") == "NORP" and x.get("country") and not x.get("sector")
                       for i in ids)

        def combatants(ids):  # named fighting bodies (strikes.fighters; no person: "وزير الداخلية أفتاب شيرباو") or
            # states (not a town: "طرطوس"، "نيويورك")
            return bool(ids) and all((x := self._dp.by_id.get(i) or {}).get("type") != "PERSON" and (
                _strikes.fighters([i], self._dp.by_id) or str(x.get("kb_id") or "").startswith("country:")) for i in ids)

        def crowd_victims(ids):  # people of a nation or civilians ("تقتل فلسطينيين"، "تقصف المناطق الآهلة بالسكان")
            return bool(ids) and all((self._dp.by_id.get(i) or {}).get("type") == "NORP" for i in ids)

        def pinned(e):  # the kinds of evidence that pin an event down whatever the classifier reads
            if e.get("_weak"):
                return set()
            out = set()
            if e["type"] == "ASSAULT" and crowd(e["actors"]) and solid(e["recipients"]):
                out.add("crowd")
            if e.get("_frame") and solid(e["actors"]):
                out.add("claim")  # "مقتل 17 جنديا بهجوم لطالبان": victims, the attack and its author all named
            if claimed and e["type"] == "ASSAULT" and solid(e["actors"]):
                out.add("claim")
            if solid(e["actors"]) and solid(e["recipients"]) and e["confidence"] >= 0.8:
                out.add("solid")
            if e.get("_agent") and solid(e["actors"]) and solid(e["recipients"]):
                out.add("agent")  # the author marked (برصاص الجيش، شنته طائرات، شن الجيش هجوما): an attack told as one
            if e.get("_verb_act") and (armed(e["actors"]) or crowd_victims(e["actors"]) and solid(e["actors"])) and (
                    solid(e["recipients"]) or crowd_victims(e["recipients"])):
                # (s21assault: or people of a nation, the subject next to a finite verb of attack on another side:
                # "وهاجم مستوطنون إسرائيليون عددا من المزارعين الفلسطينيين")
                out.add("verb")
            lp = e.get("_launch")
            if lp == "launch" and e.get("_aimed") and e["mode"] in _STRIKE_MODES and (armed(e["actors"]) or nations(
                    e["actors"])) \
                    and (solid(e["recipients"]) or crowd_victims(e["recipients"])):
                # (a state's strikes named by its nationality adjective: "شن ضربات أمريكية بريطانية فرنسية")
                out.add("agent")  # strikes a state or an armed body launched at a named side (شنت الولايات المتحدة
                # وبريطانيا وفرنسا ضربات على مواقع سورية، وجهت ... ضربات طالت أهدافا في سوريا): told as done
            if e["mode"] == "firearms" and e.get("_fired_at") and solid(e["actors"]) and any(
                    w.startswith(_OPENED_FIRE) for w in (normalize(e["trigger"]["text"]),
                                                         normalize(e["trigger"]["text"])[1:])):
                out.add("agent")  # "فتحت قوات الأمن النار على المحتجين"، "أطلق مسلح النار على رجال الأمن": fire opened
                # at a named side by a named shooter is an attack told as one (@fire)
            if lp in ("fight", "launch") and _strikes.fighters(e["actors"], self._dp.by_id) and (
                    _strikes.fighters(e["recipients"], self._dp.by_id) if lp == "fight" else solid(e["recipients"])):
                out.add("verb")  # launched strikes and battles between armed sides (strikes.launch_pin): see VERB_VETO
                if lp == "fight" and _battles.both_named(e, self._dp.by_id):
                    out.add("claim")  # a battle between two named armed sides (battles.py)
            if lp == "fight" and normalize(e["trigger"]["text"]).lstrip("وفبل")[:2] != "ال" and (
                    armed(e["actors"]) and crowd_victims(e["recipients"]) and solid(e["recipients"])
                                  or armed(e["recipients"]) and crowd_victims(e["actors"]) and solid(e["actors"])):
                out.add("solid")  # "اندلعت مواجهات بين الجيش الإسرائيلي وشبان فلسطينيين": a force and a people clash
                # (told as new: not "حالات الإصابة من الاشتباكات بين القوات الإسرائيلية والفلسطينيين")
            if lp == "fight" and _battles.police_and_crowd(e, self._dp.by_id):
                out.add("claim")  # a clash between security forces and protesters (battles.py)
            if e["type"] == "ASSAULT" and e["actors"] and e["recipients"] and e.get("_kidnap"):
                out.add("agent")  # "وكان مسلحون مقنعون قد اختطفوا ديوجي": a kidnapper and a captive named by a finite
                # verb of kidnapping (a passive's one party is its captive, no kidnapper: _undergoer_only)
            if e["type"] == "ASSAULT" and combatants(e["actors"]) and combatants(e["recipients"]) \
                    and not set(e["actors"]) & set(e["recipients"]):
                out.add("fighters")  # a named army, armed group or state attacking another (see FIGHTERS_VETO)
            if e.get("_mil_target") and (combatants(e["actors"]) or e.get("_mil_target") == "owner" and nations(
                    e["actors"]) and e["actors"]) and solid(e["recipients"]):
                out.add("agent")  # (s21assault) a state or armed body striking the military targets of another side
                # with a finite verb: "ضربت الولايات المتحدة وفرنسا وبريطانيا ثلاثة أهداف سورية"
            if e.get("_verb_act") == "control" and armed(e["actors"]):
                out.add("agent")  # a force taking ground, advancing or repelling, told by a finite verb (control.py)
            if e.get("_reacted") and (armed(e["actors"]) or nations(e["actors"])) and (
                    solid(e["recipients"]) or crowd_victims(e["recipients"])):
                out.add("agent")  # "أدانت مصر قصف الطائرات الإسرائيلية مواقع في قطاع غزة": the act a reaction names,
                # with its doer and target, is told as done (s23embedded)
            if e["mode"] == "crowd-control" and solid(e["actors"]) and e["recipients"]:
                out.add("control")
            if e.get("_strike") and e["type"] == "PROTEST" and e["actors"]:
                out.add("strike")  # a strike told as taking place, with its crowd (gatherings.strike_told)
            if e.get("_told") and e["type"] == "PROTEST" and e["actors"]:
                out.add("occur")  # a protest told as taking place by its construction, with its crowd (_event: occasion)
            if e["type"] == "PROTEST" and e["actors"] and solid(e["recipients"]) and all(
                    (self._dp.by_id.get(i) or {}).get("sector") == "CVL" and self._agentive_id(i) for i in e["actors"]) \
                    and any(x["type"] == "ASSAULT" and not x.get("_weak") and x["actors"] == e["actors"]
                            and x["recipients"] == e["recipients"] and normalize(x["trigger"]["text"]).lstrip(
                                "وف").startswith(_RIOT_WORDS) for x in here):
                # "هاجم متظاهرون مقر منظمة بدر": protesters the subject of an attack on a named party (a riot); not
                # clashes between protesters and the police (مواجهات بين المتظاهرين والشرطة), a two-sided fight
                out.add("riot")
            return out

        here = [e for e in events if e["_sent"] == st.i]
        mine = [e for e in here if e["type"] in present]
        if self._record is None and not any(not (e["negated"] or e["hypothetical"]) for e in mine):
            return  # nothing factual to decide on
        # a claimed attack (تبنى تنظيم داعش مسؤولية الهجوم) is an attack whatever the classifier reads (pinned: below)
        claimed = any(t.norm.lstrip("وف") in CLAIM or t.norm.lstrip("وف") in ("مسووليه", "مسووليته") and k > 0 and
                      st.toks[k - 1].norm.lstrip("وف").startswith(("اعلن", "اعلنت", "تبن")) for k, t in enumerate(st.toks))
        from .classify import features, protest_cues, trigger_context
        keys = _arg_keys(here, self._dp.by_id)
        feats = features(text, self._trigger_flags(st), st.start, st.end, trigger_context(st.toks, st.trigs) + keys,
                         toks=st.toks)
        for ty in present:
            evs = [e for e in mine if e["type"] == ty]
            factual = [e for e in evs if not (e["negated"] or e["hypothetical"])]
            rule_event = any(not e.get("_weak") for e in factual)
            strong, told = protest_cues(st.toks, st.trigs, ty) if rule_event else (False, False)
            told = told or any((e.get("_told") or e.get("_told_soft")) and not e.get("_weak") for e in factual)
            if self._record is not None:  # train_classifier: what the decision below depends on
                self._record.append({"type": ty, "sent": st.i, "feats": feats, "has_event": bool(factual),
                                     "text": text[st.start:st.end],
                                     "strong": strong, "pinned": set().union(*[pinned(e) for e in factual]),
                                     "rule_event": rule_event, "told": told})
            if not factual:
                continue  # nothing to decide: negated or hypothetical readings stay as they are
            # (the embedding part of the classifier is needed only where a strong cue does not decide already)
            p = self.classifier.score(ty, feats, None if strong else text[st.start:st.end], st.toks)
            ok = p >= self.classifier.models[ty]["threshold"] or strong
            if ok:
                strong_ones = [e for e in factual if not e.get("_weak") and not e.get("_donor")]
                # (a sideless telling kept only to lend its day does not stand for the sentence's act: "عملية الطعن ...
                # والتي أسفرت عن مقتل شخصين" is told by the attack its claimer carried out)
                keep = strong_ones or [next((e for e in factual if not _strikes.battle_word(e)), factual[0])]
                # (one weak reading stands for the sentence's act; a bare battle noun only when nothing else tells it:
                # "معارك عنيفة شهدتها المنطقة، سقط خلالها 6 قتلى من مقاتلي القاعدة" is told by its dead)
                for e in evs:
                    if e in keep:
                        if e.get("_weak"):
                            e["_weak"], e["_was_weak"] = False, True
                        e["confidence"] = round(min(1.0, 0.5 * e["confidence"] + 0.5 * p), 3)
                    elif e.get("_weak"):
                        e["_veto"] = True
            else:
                th = self.classifier.models[ty]["threshold"]
                told_ok = told and p >= th * TOLD_VETO.get(ty, 1.0)
                for e in evs:
                    pins = pinned(e)
                    if e.get("_donor"):
                        continue  # (a sideless telling kept only to lend its day to the sided one: never output)
                    if e.get("_weak") or (e in factual and not (pins & PINNED) and p < th * RULE_VETO and not told_ok
                                          and not (pins & LENIENT and p >= th * SOLID_VETO)
                                          and not ("verb" in pins and p >= th * VERB_VETO)
                                          and not ("fighters" in pins and p >= th * FIGHTERS_VETO)
                                          and not (ty in RULE_FLOOR and p >= th * RULE_FLOOR[ty]
                                                   and e["actors"] and not e["recipients"]
                                                   and not any(w in normalize(e["trigger"]["text"])
                                                               for w in _battles._PROTESTERS))):
                        e["_veto"] = True

    def _parenthesis_subject(self, text, toks, before, ts, is_noun):
        """The party before a parenthesis that a comma closes right before the act's verb (or before the verb of saying
        whose verbal-noun object the act is: "أعلنت طرد") and that opens with a comma and a relative pronoun or a pronoun
        (، التي ...، / ، وهو ...،) within 25 words; else None (s23sides)."""
        k = ts
        if is_noun:
            if ts < 2 or not (toks[ts - 1].norm in self.lex.speech or toks[ts - 1].norm[1:] in self.lex.speech):
                return None
            k = ts - 1
        if k > 1 and toks[k - 1].norm == "قد":
            k -= 1
        if k < 3 or text[toks[k - 1].end:toks[k].start].strip() not in ("،", ",") or toks[k].norm[:1] in "وف":
            return None  # ("زار ترامب الصين، التي ...، وبحث": a verb with و joins the main clause, its subject)
        for j in range(k - 2, max(0, k - 26), -1):
            gap = text[toks[j - 1].end:toks[j].start] if j > 0 else ""
            if toks[j].norm in _RELATIVES or toks[j].norm in _APPOSED_PRONOUNS:
                if gap.strip() not in ("،", ","):
                    return None
                g = next((g for g in before if g["e"] == j and g["prep"] is None), None)
                return g
            if "،" in gap or "," in gap or _FULLSTOP.search(gap) or "\n" in gap:
                return None
        return None

    def _apposed_holder(self, text, toks, groups, subj):
        """The group of a named person set between commas right after a subject that is an office with no name ("وعد
        الزعيم الكوري الشمالي، #كيم_جونغ_اون، بعدم"): the office's holder, of its country; else None (s23sides)."""
        ents = self._dp.by_id
        if not subj["ids"] or not all((ents.get(i) or {}).get("type") == "PERSON" and (
                (ents.get(i) or {}).get("status") == "role" or i in self._dp.office_ids) for i in subj["ids"]):
            return None
        k = subj["e"]
        g = next((g for g in groups if g["s"] == k and g["prep"] is None), None)
        if g is None or g["e"] >= len(toks) or text[toks[k - 1].end:toks[k].start].replace("#", "").strip() not in ("،", ",") \
                or text[toks[g["e"] - 1].end:toks[g["e"]].start].strip() not in ("،", ","):
            return None
        own = {(ents.get(i) or {}).get("country") for i in subj["ids"]}
        if not all((ents.get(i) or {}).get("type") == "PERSON" and (ents.get(i) or {}).get("status") == "named"
                   and (ents.get(i) or {}).get("country") in own | {None} for i in g["ids"]):
            return None
        return g

    def _office_holder(self, toks, body, g) -> bool:
        """"رفض مكتب رئيس الوزراء الإسرائيلي بنيامين نتنياهو المقترح": a person of the same state right after an office
        (مكتب، ديوان + its head's title) is that head, told in the genitive; no party of the act."""
        ents = self._dp.by_id
        org = [x for x in body["m"] if x.kind == "ORG" and toks[x.s].norm.lstrip("و") in ("مكتب", "ديوان")]
        return bool(org) and all(x.kind == "PERSON" for x in g["m"]) and {
            (ents.get(i) or {}).get("country") for i in g["ids"]} <= {x.country for x in org} | {None}

    def _announced_kill(self, text, toks, groups, ts, recips) -> list:
        """"أعلن الجيش الإسرائيلي، الاثنين، مقتل فلسطيني"، "أعلنت الشرطة مقتل ثلاثة مسلحين": an army or a police force
        announcing the death of people of another country (or of armed men with no country), right after it (a day or
        a comma between), killed them: the announcer is the author. Not its own people (أعلن الجيش الأمريكي مقتل جندي
        أمريكي), nor when the sentence names the attack that killed them (مقتل 20 في غارات إسرائيلية، برصاص)."""
        if toks[ts].norm.lstrip("وف") not in ("مقتل", "قتل", "بمقتل", _QADA, "ب" + _QADA):
            return []  # (or the killing told by القضاء على: "أعلن الجيش المصري القضاء على 71 إرهابيا", s21assault2)
        ag = _announcer(toks, groups, ts)
        if ag is None:
            return []
        ents = self._dp.by_id
        own = {(ents.get(i) or {}).get("country") for i in ag["ids"]}
        if not all((ents.get(i) or {}).get("sector") in ("MIL", "COP") for i in ag["ids"]) or None in own:
            return []
        theirs = {(ents.get(i) or {}).get("country") for i in recips}
        if theirs & own or None in theirs and not all((ents.get(i) or {}).get("sector") == "REB" for i in recips):
            return []
        if any(_strikes.noun_at(toks, k) and (toks[k - 1].norm.lstrip("و") in _NOUN_PREPS or toks[k].norm[:1] == "ب")
               for k in range(ts + 1, len(toks))) or any(
                toks[k].norm in _HIT_WITH for k in range(ts + 1, len(toks))):
            return []
        return list(ag["ids"])

    def _announced_start(self, text, toks, groups, ts, recips) -> list:
        """"أعلن الرئيس التركي رجب طيب أردوغان، الأحد، عن بدء عمليات عسكرية في سنجار ضد عناصر حزب العمال الكردستاني"،
        "أعلن الجيش انطلاق عملية عسكرية ضد داعش": a state, a leader or an armed force announcing the start of an
        operation (بدء، انطلاق + the attack noun) against a party of another country launched it: the announcer (a day,
        a comma or عن between) is its author."""
        if ts < 2 or toks[ts - 1].norm.lstrip("و") not in _STARTS:
            return []
        k = ts - 2 if toks[ts - 2].norm == "عن" else ts - 1
        ag = _announcer(toks, groups, k)
        if ag is None:
            return []
        ents = self._dp.by_id
        own = {(ents.get(i) or {}).get("country") for i in ag["ids"]}
        if None in own or not all((ents.get(i) or {}).get("type") in ("GPE", "PERSON") or (ents.get(i) or {}).get(
                "sector") in ("MIL", "GOV", "REB") for i in ag["ids"]):
            return []
        theirs = {(ents.get(i) or {}).get("country") for i in recips}
        if theirs & own and not _civil_war_sides(ag["ids"], recips, ents) and not all(
                (ents.get(i) or {}).get("sector") == "REB" for i in recips):
            return []  # (but a state's operation against its own rebels: تركيا / حزب العمال الكردستاني)
        return list(ag["ids"])

    def _aimed_place(self, text, toks, groups, ts, te, actors) -> list:
        """"صاروخا باليستيا أطلق من قبل الميليشيات الحوثية ... باتجاه مدينة جازان"، "أطلقت حماس صواريخ نحو عسقلان": a
        projectile launched toward a state or a town of another country than its launchers falls on that place (the
        annotators' recipient). [] unless a verb of launching stands by the projectile and the place follows باتجاه،
        نحو، صوب (or على before a town's head noun) in the same clause."""
        if not any(_launch(toks, k) for k in range(max(0, ts - 3), min(len(toks), te + 3))):
            return []
        k = next((k for k in range(te, min(len(toks), te + 20)) if toks[k].norm.lstrip("و") in _TOWARD or toks[
            k].norm == "علي" and k + 1 < len(toks) and toks[k + 1].norm.removeprefix("ال") in _TOWN_HEADS), None)
        # (على only before a town's head noun: "صاروخا باليستيا أطلقته الميليشيات على مدينة مأرب")
        if k is None or _full_stop_between(text, toks, te, k):
            return []
        own = {(self._dp.by_id.get(i) or {}).get("country") for i in actors} - {None}
        g = next((g for g in groups if k < g["s"] <= k + 3), None)
        if g is None or _strong_between(text, toks, k, g["s"]) or not all(
                x.kind in ("GPE", "LOC") or x.kind == "NORP" and x.country and toks[g["s"] - 1].norm in _LANDS
                for x in g["m"]) or {x.country for x in g["m"]} & own and not _town_named(toks, g):
            # ("أطلقته الميليشيا الحوثية باتجاه الأراضي السعودية": the lands of a nationality; a town of their own
            # country named by its head noun may be aimed at: "أطلقته ميليشيات الحوثي على مدينة مأرب")
            return []
        return list(g["ids"])

    def _told_by_attack_noun(self, text, toks, groups, st, actors, ts) -> bool:
        """Is the attack verb at ts the description of an attack noun in an adjunct just before it (في هجوم بطائرة مسيرة
        استهدف قاعدة، جراء قصف صاروخي طال حيا سكنيا), with the party read as its subject named before that noun?"""
        g = next((g for g in groups[::-1] if g["ids"] == actors and g["e"] <= ts), None)
        if g is None:
            return False
        for m2 in st.trigs:
            k = m2.start_tok
            if m2.value.type != "ASSAULT" or not (g["e"] <= k and m2.end_tok <= ts and ts - m2.end_tok <= 4):
                continue
            w = toks[k].norm
            adjunct = k > 0 and toks[k - 1].norm.lstrip("و") in _NOUN_PREPS or w[:1] == "ب" and _strikes.noun_at(toks, k)
            if adjunct and _strikes.noun_at(toks, k) and not any(k < h["s"] < ts for h in groups) \
                    and not _strong_between(text, toks, k, ts):
                return True
        return False

    def _forces_owner(self, toks, groups, actors, ts) -> list:
        """"وقال الجيش الإسرائيلي إن طائراته ضربت"، "أعلنت إسرائيل أن قواتها": forces written with a possessive pronoun
        (قواته، جنوده، عناصرها) belong to the nearest party before them in the sentence that fits the pronoun: ه an
        armed or police body of masculine form (الجيش) or a person, ها a state or a body of feminine form (الشرطة،
        الحكومة). [] when none fits or the forces are not told so."""
        g = next((g for g in groups if g["ids"] == actors and g["e"] <= ts), None)
        if g is None:
            return []
        w = toks[g["s"]].norm
        w = w[1:] if w[:1] in "وف" and len(w) > 5 else w
        suf = "ها" if w.endswith("ها") else "ه" if w.endswith("ه") else None
        if suf is None or w[:-len(suf)] not in _FORCES_OWNED:
            return []
        ents = self._dp.by_id
        for h in sorted((h for h in groups if h["e"] <= g["s"]), key=lambda h: -h["s"]):
            if len(h["ids"]) != 1 or str(h["ids"][0]).startswith("ev-p") and not (ents.get(h["ids"][0]) or {}).get("country"):
                continue
            e = ents.get(h["ids"][0]) or {}
            head = toks[h["m"][0].s].norm.lstrip("وفبل")
            fem = head.endswith(("ه", "ات")) or e.get("type") == "GPE"
            if suf == "ه" and not fem and (e.get("type") == "PERSON" or e.get("sector") in ("MIL", "COP")):
                return list(h["ids"])
            if suf == "ها" and fem and (e.get("type") == "GPE" or e.get("sector") in ("MIL", "COP", "GOV")):
                return list(h["ids"])
            if e.get("type") in ("GPE", "PERSON") or e.get("sector") in ("MIL", "COP", "GOV"):
                return []  # (the nearest party that could own forces does not fit: no guess further back)
        return []

    def _led_actor(self, toks, groups, actors, recips) -> list:
        """"وشنت القوات الحكومية المدعومة من التحالف العربي بقيادة السعودية هجوما على الحوثيين": the leader (بقيادة X،
        الذي تقوده X) of a party named right before him describes that party and is no author of the act: the author is
        the party he leads, or, when that one is a backer (المدعومة من X), the party it backs (s21assault2). The actors
        unchanged otherwise."""
        g = next((g for g in groups if g["ids"] == actors), None)
        if g is None or g["s"] < 2:
            return actors
        k = g["s"]
        led_by = toks[k - 1].norm.lstrip("و") in _LED_BY
        if not led_by and not _led_rel(toks, groups, g):
            return actors
        end = k - 1 if led_by else k - 2
        prev = next((p for p in groups if p["e"] == end and p is not g), None)
        if prev is None or set(prev["ids"]) & set(recips):
            return actors
        if prev["prep"] == "من" and prev["s"] >= 3 and toks[prev["s"] - 2].norm in _BACKED:
            back = next((p for p in groups if p["prep"] is None and p["e"] <= prev["s"] - 2
                         and prev["s"] - 2 - p["e"] <= 2), None)  # (a group's s is its name's start, after من)
            return list(back["ids"]) if back is not None and not set(back["ids"]) & set(recips) else actors
        return list(prev["ids"]) if prev["prep"] is None else actors

    def _site_owner(self, text, toks, groups, te, actors) -> list:
        """"دمرت مقاتلات التحالف العربي ... معسكرا تدريبيا لميليشيات الحوثي"، "الضربات الأمريكية الفرنسية البريطانية على
        مواقع تابعة للنظام السوري"، "قصف الجيش مقرات التابعة لتنظيم داعش": a military site or target (strike/site,
        strike/target and the target nouns), object of the attack word or after على/ضد, within twelve words of it in the
        clause, whose owner follows it with لـ (two adjectives and تابعة/التابعة between at most) is struck in its owner:
        the recipient. Every party between the attack word and the site must be the actors' own, placed (في), or lead
        them (_led_rel); the owner must not be one of the actors. [] otherwise (s21assault2)."""
        n, acts = len(toks), set(actors)
        for k in range(te, min(n, te + 12)):
            w = toks[k].norm.lstrip("و")
            base = w.removeprefix("ال")
            site = base in _SITE_OWNED_NOUNS or base[-1:] == "ا" and base[:-1] in _SITE_OWNED_NOUNS
            if not site:
                continue
            if k + 1 < n and toks[k + 1].norm in _WEB_ADJ:
                return []  # (a website: "الموقع الرسمي للجيش اليمني")
            if _full_stop_between(text, toks, te, k) or any(
                    te <= g["s"] < k and not set(g["ids"]) <= acts and g["prep"] != "في" and not _led_rel(toks, groups, g)
                    for g in groups):
                return []
            j = k + 1
            while j < n and j - k <= 2 and not any(g["s"] == j for g in groups) \
                    and not _STRONG.search(text, toks[j - 1].end, toks[j].start) \
                    and toks[j].norm not in _BELONGING and toks[j].norm not in PREPS:
                j += 1  # (its adjectives: عسكرية، تدريبيا)
            if j < n and toks[j].norm in _BELONGING:
                j += 1
            own = next((g for g in groups if g["s"] == j and g["prep"] == "ل"), None)
            if own is None or set(own["ids"]) & acts or _STRONG.search(text, toks[k].end, toks[j].start):
                return []
            return list(own["ids"])
        return []

    def _struck_place(self, text, toks, groups, te, actors) -> list:
        """"شنت الهند ضربات صاروخية على مواقع في باكستان"، "استهدفت المقاتلات التركية موكبا في قضاء سنجار": an attack on
        sites or a target with no party named, placed in a state or a town, falls on that place (the annotators'
        recipient); the place must follow the target noun in the same clause, and not be the attacker's own."""
        k = next((j for j in range(te, min(len(toks), te + 4)) if toks[j].norm.lstrip("وبل").removeprefix("ال")
                  in _TARGET_NOUNS | _STRUCK_THINGS or toks[j].norm[-1:] == "ا" and toks[j].norm[:-1]
                  in _TARGET_NOUNS | _STRUCK_THINGS), None)  # (an object: "ضربات طالت أهدافا متعددة في سوريا")
        if k is None or any(g["s"] == k + 1 and g["prep"] == "ل" for g in groups):
            return []  # (the sites' owner is named: "منشآت لحركة حماس في قطاع غزة")
        for g in groups:
            if k < g["s"] <= k + 4 and not _full_stop_between(text, toks, k + 1, g["s"]) \
                    and self._foreign_place(g, actors):
                return list(g["ids"])
        return []

    def _town_target(self, text, toks, groups, te, actors, is_noun) -> list:
        """"قصفت قوات النظام مدينة دوما"، "استهدفت الطائرات التركية قرية جنديرس"، "صاروخا باليستيا أطلقته الميليشيا على
        مدينة مأرب": a town, village or district named after its head noun (wordsets town/head) is the struck place when
        the head is the object of a verb of attack (right after the verb or after its subject) or follows على، ضد،
        باتجاه، نحو، صوب within three words of the attack word, in the same clause, and is not the attackers' own
        group. [] otherwise (a place the head names with في is where, not what: "قتل ثلاثة في مدينة الحديدة")."""
        acts = set(actors)
        for g in groups:
            k = g["s"] - 1
            if k < 1 or k < te or k > te + 8 or set(g["ids"]) & acts \
                    or not all(x.kind in ("GPE", "LOC") for x in g["m"]) \
                    or not _town_named(toks, g) \
                    or _strong_between(text, toks, te - 1, g["s"]):
                continue
            aimed = toks[k - 1].norm.lstrip("و") in ("علي", "ضد", "باتجاه", "نحو", "صوب") and k - 1 <= te + 2
            obj = not is_noun and (k == te or any(a["e"] == k and a["s"] >= te and set(a["ids"]) & acts
                                                  and a["prep"] is None for a in groups))
            if aimed or obj:
                return list(g["ids"])
        return []

    def _foreign_place(self, g, actors) -> bool:
        """Is group g a في-phrase naming a state or a town (GPE, LOC) that is not the actors' own country, the place
        where their strike fell?"""
        own = {(self._dp.by_id.get(i) or {}).get("country") for i in actors} - {None}
        return g["prep"] == "في" and all(x.kind in ("GPE", "LOC") for x in g["m"]) and not {x.country for x in g["m"]} & own

    def _rel_struck_place(self, text, toks, groups, ts, ag, harmed) -> list:
        """"أدان خامنئي الضربات التي نفذتها أمريكا وفرنسا وبريطانيا في سوريا"، "الغارات التي شنتها إسرائيل في سوريا": the
        place right after the authors a relative clause names (في X, a state or a town, not their own) is where the
        strikes fell, the annotators' recipient, when nobody is told harmed and the attack noun is not the cause of a
        harm told before it (قتل ثلاثة مدنيين جراء غارة شنها الجيش في إدلب: the civilians are the victims)."""
        if harmed is not None or ts > 0 and (toks[ts - 1].norm.lstrip("و") in _NOUN_PREPS | _TIME_PREPS
                                            or toks[ts].norm.startswith("ب")):
            return []
        g = next((g for g in groups if g["s"] > ag["e"]), None)
        if g is None or g["s"] - ag["e"] > 1 or _strong_between(text, toks, ag["e"] - 1, g["s"]) \
                or not self._foreign_place(g, ag["ids"]):
            return []
        return list(g["ids"])

    def _rel_site_place(self, text, toks, groups, ts, ag, harmed) -> list:
        """"الضربات التي نفذتها إسرائيل ليلا على مواقع عسكرية في سوريا"، "الضربة التي وجهها الجيش الإسرائيلي، ضد أهداف في
        سوريا": sites or targets (على/ضد + a target noun) placed in a state or a town of another country, named in the
        relative clause right after its authors (a time word between), were struck in that place: the annotators'
        recipient, as for the place after the authors (_rel_struck_place; same conditions). [] otherwise."""
        if harmed is not None or ts > 0 and (toks[ts - 1].norm.lstrip("و") in _NOUN_PREPS | _TIME_PREPS
                                            or toks[ts].norm.startswith("ب")):
            return []
        j, n = ag["e"], len(toks)
        while j < n and (toks[j].norm in self.lex.datecue_words or toks[j].norm in _DAY_FILLERS | _TIME_ADVERBS):
            j += 1
        if j + 1 >= n or toks[j].norm not in ("علي", "ضد") or _full_stop_between(text, toks, ag["e"], j) \
                or toks[j + 1].norm.removeprefix("ال") not in _TARGET_NOUNS | _STRUCK_SITES:
            return []
        own = next((g for g in groups if g["s"] == j + 2 and g["prep"] in (None, "ل")
                    and not set(g["ids"]) & set(ag["ids"])), None)
        if own is not None:
            return list(own["ids"])  # the sites' owner is struck ("الضربات الجوية التي نفذها العراق على مواقع داعش في سوريا")
        return self._struck_place(text, toks, groups, j + 1, ag["ids"])

    def _rel_target(self, text, toks, groups, ag, actors) -> list:
        """"العملية التي تشنها تركيا ضد المسلحين الأكراد"، "القصف المستمر الذي يشنه الطيران الحكومي على الغوطة"، "الغارات
        التي تشنها تركيا وحلفاؤها بهدف طرد مسلحي وحدات حماية الشعب": the side an attack is launched against, named in
        its relative clause after the authors (ضد X, before it على X; or the side its purpose drives out, طرد X), within
        eight words and the clause. [] when none is named so."""
        n = len(toks)
        end = min(n, ag["e"] + 8)
        for g in groups:
            if g["s"] < ag["e"] or g["s"] >= end or set(g["ids"]) & set(actors):
                continue
            if _strong_between(text, toks, ag["e"], g["s"]):
                break
            if g["prep"] in ("ضد", "على") or g["prep"] is None and toks[g["s"] - 1].norm.lstrip("ول") in _DRIVE_OUT \
                    or g["prep"] is None and g["s"] >= 2 and toks[g["s"] - 1].norm in _DRIVEN_MEMBERS \
                    and toks[g["s"] - 2].norm.lstrip("ول") in _DRIVE_OUT:
                ents = self._dp.by_id
                if g["prep"] == "على" and all((ents.get(i) or {}).get("type") == "PERSON" for i in g["ids"]):
                    continue
                return list(g["ids"])
        return []

    def _word_noun_author(self, text, toks, groups, ts, te, after, locs):
        """The party in the genitive right after a noun of a spoken act (رفض، تهديدات، اتهامات) at ts..te, or None:
        a bare group at te (a name, "رفض إيطاليا"; or the nationality adjective, "التهديدات الأمريكية"), not a place.
        The bare form رفض is a verbal noun only where a verb cannot stand: after a governing word (بعد، رغم، عن)
        or after the subject of a verb that governs it ("انتقدت فرنسا رفض إيطاليا"; not "ترامب رفض طلب إيران")."""
        gen = next((g for g in after if g["s"] == te and g["prep"] is None and g not in locs
                    and not _civilians(g, self._dp) and not _strong_between(text, toks, ts, te)), None)
        # (civilians after it are threatened, not threatening: "بما في ذلك تهديد الصحفيين واعتقال أقاربهم")
        if gen is None:
            return None
        w = toks[ts].norm.lstrip("وف")
        if w == "رفض":
            prev = toks[ts - 1].norm
            if prev.lstrip("و") not in _NOUN_GOVERNORS:
                subj = next((g for g in groups if g["e"] == ts and g["prep"] is None and g["s"] > 0), None)
                v = toks[subj["s"] - 1].norm if subj is not None else ""
                if subj is None or _strong_between(text, toks, subj["s"] - 1, ts) or not (
                        v in VERB_FORMS or v[:1] in "وف" and v[1:] in VERB_FORMS
                        or v in self.lex.speech or v[1:] in self.lex.speech):
                    return None
        return gen

    def _harm_genitive(self, text, toks, groups, ts, te, actors):
        """"وأفادت مصادر بإصابة فلسطيني بالرصاص"، "مقتل جندي في هجوم": the genitive of a harm noun is who was harmed, never
        the attacker; (attackers, victims) when the genitive was read as the actor, else None. The attacker is a state
        force named before the noun in the sentence (of another country than armed victims) when a weapon the victims were
        hit with follows them ("جنود الاحتلال الإسرائيلي وهم يحتفلون بإصابة فلسطيني بالرصاص"), else nobody."""
        if toks[ts].norm.lstrip("وفبل") not in _HARM_GENITIVE:
            return None
        vic = next((g for g in groups if g["s"] == te and g["prep"] is None), None)
        if vic is None or vic["ids"] != actors:
            return None
        n = len(toks)
        armed = []
        if vic["e"] < n and toks[vic["e"]].norm in _HIT_WITH:
            # (an armed victim must be of another country: "أعلن الجيش الإسرائيلي مقتل جندي إسرائيلي بنيران قناص")
            theirs = {x.country for x in vic["m"]} - {None} if any(x.sector in ("MIL", "COP", "REB") for x in vic["m"]) \
                else set()
            prior = [g for g in groups if g["e"] <= ts and g["prep"] is None and not set(g["ids"]) & set(actors)
                     and any(x.sector in ("MIL", "COP") for x in g["m"]) and not {x.country for x in g["m"]} & theirs
                     and toks[g["s"] - 1].norm.lstrip("وف") not in _REPORT_VERBS | _ANNOUNCE  # (أعلنت الشرطة مقتل: a report)
                     and not _full_stop_between(text, toks, g["e"], ts)]
            armed = list(prior[-1]["ids"]) if prior else []
        return armed, list(vic["ids"])

    def _operations_against(self, text, toks, groups, ts, te, actors, recips) -> bool:
        """"ويتابع الجيش الوطني الليبي عملياته العسكرية ضد الجماعات الإرهابية"، "شنت القوات عمليات عسكرية ضد داعش": a
        military operation (عملية/عمليات/حملة/هجوم) that a light verb's subject carries out (شن، نفذ، واصل، تابع، خاض)
        against a party named right after it (ضد X) is an attack of the subject on X: the author is marked."""
        if not toks[ts].norm.lstrip("وفبل").removeprefix("ال").startswith(("عمليه", "عمليات", "عمليت", "حمله", "حملت",
                                                                            "هجوم", "هجمات")):
            return False
        tg = next((g for g in groups if te <= g["s"] <= te + 2 and g["prep"] == "ضد"), None)
        if tg is None or tg["ids"] != recips or any(te <= h["s"] < tg["s"] for h in groups):
            return False
        v = next((k for k in range(ts - 1, max(-1, ts - 6), -1) if _light_doer(toks[k].norm) or (
            toks[k].norm.lstrip("وف")[:1] in "يت" and _light_doer("و" + toks[k].norm.lstrip("وف")[1:]))), None)  # (يتابع، يواصل)
        if v is None or _strong_between(text, toks, v, tg["s"]):
            return False
        subj = next((g for g in groups if g["ids"] == actors and g["prep"] is None
                     and (v < g["s"] and g["e"] <= ts or g["e"] <= v and not _strong_between(text, toks, g["e"] - 1, v))),
                    None)
        return subj is not None

    def _gen_author(self, ids) -> bool:
        """May these parties author an attack or an arrest named by a verbal noun before them (قصف إيران، احتجاز تركيا،
        قصف الطائرات التركية)? States and armed, police or government bodies; not people, crowds or places below a state."""
        ents = self._dp.by_id
        return bool(ids) and all(str((ents.get(i) or {}).get("kb_id") or "").startswith("country:") or (ents.get(i) or {}).get(
            "sector") in ("MIL", "REB", "COP", "GOV") or (ents.get(i) or {}).get("type") == "NORP" and (ents.get(i) or {}).get(
            "country") for i in ids)

    def _relative_doer(self, text, toks, groups, ts, recips):
        """"لقوات المقاومة التي تشن هجوما على مواقع الحوثيين"، "المسلحين الذين نفذوا الهجوم": the noun a relative clause
        opening with a launching verb (شن، نفذ) hangs on is the author of the attack the verb takes as its object: its
        group's ids, else None."""
        if ts < 2 or toks[ts - 1].norm.lstrip("و") not in _LAUNCH_VERBS or toks[ts - 2].norm not in _RELATIVES:
            return None
        g = next((g for g in groups if g["prep"] in (None, "ل") and (g["e"] == ts - 2 or g["e"] == ts - 3 and _definite(
            toks[ts - 3].norm) and not any(h["s"] == ts - 3 for h in groups))), None)  # (قوات المقاومة التي)
        if g is None or set(g["ids"]) & set(recips) or _strong_between(text, toks, g["e"] - 1, ts):
            return None
        return list(g["ids"])

    def _counted_of_them(self, text, toks, groups, ts, te, actors) -> list:
        """"وفرقت الشرطة المحتجين واعتقلت العشرات منهم": a count of "them" after an arrest or attack verb (العشرات منهم،
        عددا منهم، ثلاثة منهم) takes up the last other party named before the verb in the sentence."""
        k = next((j for j in range(te, min(len(toks), te + 3)) if toks[j].norm in ("منهم", "منهن")), None)
        if k is None or k == te or not (toks[k - 1].norm.lstrip("و").removeprefix("ال") in _COUNT_WORDS
                                        or toks[k - 1].norm.isdigit()):
            return []
        prior = [g for g in groups if g["e"] <= ts and not set(g["ids"]) & set(actors) and g["prep"] in (None, "ل")
                 and all(x.kind in ("PERSON", "NORP") or x.sector in ("CVL", "OPP", "REB", "MED") for x in g["m"])
                 and not _full_stop_between(text, toks, g["e"], ts)]  # (people, not the building they stood by)
        return list(prior[-1]["ids"]) if prior else []

    def _claimed_strike(self, text, toks, groups, g, typ, ts) -> bool:
        """"أعلن الحوثيون استهداف مطار جازان"، "أعلن الجيش الإسرائيلي تدمير نفق"، "أعلنت القوات الروسية قصف مواقع": an
        armed or state body announcing a strike of its own told as a verbal noun right after it (a time word or a comma
        between) claims it; a count or a report (أعلن المرصد مقتل، أعلنت الوزارة سقوط قتلى) is no such noun."""
        if typ != "ASSAULT" or toks[g["s"] - 1].norm.lstrip("وف") not in _ANNOUNCE or not 0 <= ts - g["e"] <= 2:
            return False
        if any(g["e"] <= h["s"] < ts for h in groups) or not (
                _strikes.announced_launch(toks, g["e"], ts) or toks[ts].norm.lstrip("وف") in _CLAIMED_STRIKES):
            return False  # (a launch announced: "أعلن سلاح الجو الإسرائيلي عن تنفيذ غارات على"، "أعلن التحالف شن ضربات")
        if any(toks[k].norm not in _DAY_FILLERS and toks[k].norm not in _dates_words() and toks[k].norm not in _strikes._CARRIED
               for k in range(g["e"], ts)) or re.search(r"[.:\"«“]", text[
                toks[g["e"] - 1].end:toks[ts].start]):
            return False
        ents = self._dp.by_id
        return all((ents.get(i) or {}).get("sector") in ("MIL", "REB", "GOV") or (ents.get(i) or {}).get("type") == "GPE"
                   for i in g["ids"])

    def _coordinated_act(self, text, toks, st, ts, te, t0, after, actors):
        """An act noun coordinated with an earlier one of the same clause (أعلن عن قطع علاقات المغرب مع إيران وطرد
        السفير الإيراني وإغلاق سفارة المغرب في طهران): the same doer acts; the genitive after it suffers the act (the
        earlier act's target when the genitive is the doer's own: its own embassy closed). None when the earlier act is
        told as a verb or a clause break (a comma, a verb) stands between them; a bare three-letter root (قطع، طرد)
        reads as a noun in such a series."""
        prev = next((e for e in self._recent_events[::-1] if e["_sent"] == st.i and e["type"] in PATIENT_GEN - {"ASSAULT"}
                     and e["actors"] and e["trigger"]["end"] <= t0 and not e.get("_weak")), None)
        if prev is None or set(prev["actors"]) == set(actors or []) or t0 - prev["trigger"]["end"] > 60:
            return None
        k0 = next((k for k, t in enumerate(toks) if t.start == prev["trigger"]["start"]), None)
        w0 = toks[k0].norm.lstrip("وفبل") if k0 is not None else ""
        if k0 is None or w0 in VERB_FORMS and len(w0) > 3 or toks[k0].norm in VERB_FORMS and len(toks[k0].norm) > 3 \
                or _strong_between(text, toks, k0, ts) \
                or any(toks[k].norm.lstrip("وف") in VERB_FORMS for k in range(k0 + 1, ts)):
            return None
        pat = next((g for g in after if g["prep"] is None and g["s"] - te <= 1), None)
        recips = [i for i in (pat["ids"] if pat is not None else []) if i not in prev["actors"]] or list(prev["recipients"])
        return list(prev["actors"]), recips

    def _parties_end(self, toks, j):
        """The end of the gazetteer party at token j and of the parties joined to it by و (الاتحاد الأوروبي وأوتاوا),
        else None."""
        h = self.lex.gaz.longest_at(toks, j)
        if not h:
            return None
        k = h[0]
        while k < len(toks) and toks[k].norm[:1] == "و" and (h := self.lex.gaz.longest_at(toks, k)):
            k = h[0]
        return k

    def _needs_ok(self, st, m) -> bool:
        need = m.value.need
        toks = st.toks
        w = toks[m.start_tok].norm
        w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
        if m.value.type == "ASSAULT" and not m.value.mode and _harm_word(w[1:] if w[:1] in "بل" and len(w) > 4 else w) \
                and _material.mishap(self.lex, toks):
            # "أسفر حادث الطائرة التي تحطمت عن مقتل 11 شخصا"، "ضرب الإعصار الجزيرة وتسبب بمقتل 7 أشخاص": deaths in a
            # mishap or a disaster, no attack
            return False
        if m.value.type == "REQUEST" and m.value.mode == "change" and toks[m.end_tok - 1].norm.lstrip("و") != "علي":
            return False  # "يجب علينا أن نعيد قواتنا": an obligation the speaker lays on himself, no demand
        if m.value.unless:
            # (a refusal's subject may stand between it and what is refused: "رفضت فيه قوات الدفاع الإسرائيلية
            # التعليق"، "رفض متحدث باسم وزارة الخارجية الأمريكية التعليق")
            for j in range(m.end_tok, min(len(toks), m.end_tok + (8 if m.value.type == "REJECT" else 4))):
                if j >= m.end_tok + 4 and (toks[j].norm[:1] == "و" or _STRONG.search(self._text or "", toks[j - 1].end, toks[j].start)):
                    break  # (not into the next clause: "ترفض رفع الإقامة الجبرية عن القس برانسون وتهدد بالرد")
                if not m.value.unless.isdisjoint(readings(toks[j].norm)):  # (a reading of it among them)
                    return False
        if not need:
            return True
        if "@resumed" in need:
            return _critics.resumed(self, st, m)
        if "@accused" in need:
            # a bare denial ("نفت روسيا أي تدخل"، "والقاهرة تنفي"): _event gives it the author of an accusation against
            # the denier told before it as its addressee, or drops it. Not one whose charge noun stands further on
            # ("ونفى وزير الخارجية الإيراني محمد جواد ظريف الاتهامات التي وجهتها الولايات المتحدة"): the charge's
            # own readings take that (critics.py)
            main = self.lex.trig.longest_at(toks, m.start_tok)
            charge = main[1].need if main is not None else frozenset()
            return not any(r in charge for j in range(m.end_tok, min(len(toks), m.end_tok + 12))
                           for r in readings(toks[j].norm))
        if "@refused" in need:
            # "لن تسلم"، "لا تعتزم إعادته": a handing over refused (refusal_triggers.tsv REJECT handover), the negation right
            # before it (not "لن نطبق الإعادة القسرية على اللاجئين": a hostile act forsworn); not "لن نرحل" (staying where
            # one is: no party it would go to), which _event drops for want of a recipient
            k = m.start_tok - 1
            return k >= 0 and (toks[k].norm.lstrip("و") == "لن" or toks[k].norm.lstrip("و") in _INTEND_VERBS and _future_neg(toks, m.start_tok)) \
                and not toks[m.start_tok].norm.lstrip("وبل").startswith("ال") and not any(
                toks[m.start_tok - k].norm in ("لا", "لن") and m.start_tok - k - 1 >= 0
                and toks[m.start_tok - k - 1].norm.lstrip("و") in ("من", "ما", "الذي", "التي") for k in (1, 2))
        if "@order" in need:
            # "أمر قاض أميركي إدارة الرئيس دونالد ترامب، الجمعة، بتمويل"، "أمر ملك الأردن عبدالله الثاني، رئيس الحكومة الجديد
            # بمراجعة": the one ordering and the one ordered, two parties, stand between the verb and the act ordered after
            # بـ (a word of four letters or more, not بشأن، بسبب، بعد (condemn/not_act_b): بدفع، بتمويل; not one inside a
            # party's name: بشار); not "أمر ترامب بإطلاق" (no addressee) nor the noun "أمر ملكي سعودي، السبت، بإعفاء"
            # (fallback_triggers.tsv REQUEST order). A verb: not the noun with an article or a preposition ("وهو الأمر الذي
            # رد عليه روحاني قائلا إن أمريكا فشلت بالالتزام"، "بأمر من"). One party counted once: a name inside a title's
            # span ("ملك الأردن") is no second
            v = toks[m.start_tok].norm
            v = v[1:] if v[:1] in "وف" and len(v) > 3 else v
            if v.startswith("ال") or v[:1] in "بلك":
                return False
            ms = [x for x in self._dp.mentions(toks) if x.s >= m.end_tok]
            ms = [x for x in ms if not any(y.s <= x.s and x.e <= y.e and (y.s, y.e) != (x.s, x.e) for y in ms)]
            # nor a nationality adjective ("حركة الشباب المتشددة الصومالية"), a party after a preposition and what is joined
            # to it ("سلطات الطيران في الولايات المتحدة وأوروبا"), or a definite noun right after an indefinite common noun,
            # its genitive ("سلطات الطيران"): no one ordered there
            bare, in_pp, prev = [], False, None
            for x in sorted(ms, key=lambda x: x.s):
                w0 = toks[x.s].norm
                clitic = (self._text or "")[toks[x.s].start:max(toks[x.s].start, x.start)].lstrip("وف")
                if x.s > 0 and toks[x.s - 1].norm in _ORDER_PREPS or clitic[:1] in ("ب", "ل"):
                    in_pp = True  # (a preposition before it or on it: "المرتبطة بتنظيم القاعدة")
                elif not (in_pp and w0[:1] == "و"):
                    in_pp = False
                construct = prev is not None and prev.e == x.s and prev.kind not in ("PERSON", "GPE") \
                    and not toks[prev.e - 1].norm.lstrip("و").startswith("ال") and w0.startswith("ال")
                if not in_pp and not construct and not (x.kind == "NORP" and x.e - x.s == 1 and w0.endswith(("يه", "ي"))):
                    bare.append(x)
                prev = x
            j = _ordered_act(self._text or "", toks, m.end_tok, [(x.s, x.e) for x in ms], stop=True)
            return j is not None and len({x.eid for x in bare if x.e <= j}) >= 2
        if "@fire" in need:
            # "أطلقت الشرطة النار على المتظاهرين"، "فتح مسلح النار على المصلين": the fire within four words, only the
            # subject between (not "فتحت السلطات تحقيقا في إطلاق النار")
            for j in range(m.end_tok, min(len(toks), m.end_tok + 4)):
                w2 = toks[j].norm
                if w2 in _FIRE:
                    return True
                if w2.lstrip("وفبل") in _NOT_FIRED:
                    return False
            return False
        if "@launched" in need and _strikes.launched(self._text or "", toks, m.start_tok):
            return True  # "شنت الولايات المتحدة ... فجر السبت ضربات على مواقع سورية" (strikes.launched)
        if "@obj" in need and m.value.type == "AGREE" and m.end_tok < len(toks) \
                and toks[m.end_tok].norm in ("اليها", "اليه", "اليهما") and m.start_tok > 0 and any(
                    r in need for k in range(max(0, m.start_tok - 2), m.start_tok)
                    for r in readings(toks[k].norm.lstrip("و"))) \
                and all(toks[k].norm in _RELATIVES for k in range(m.start_tok - 1, m.start_tok) if k >= 0
                        and not any(r in need for r in readings(toks[k].norm.lstrip("و")))):
            return True  # "صفقة توصلت إليها النيابة العسكرية مع فريق الدفاع"، "الاتفاق الذي توصلت إليه": the deal
            # reached stands before the verb, taken up by its pronoun
        if "@obj" in need:
            # "حمّل ترامب روسيا مسؤولية الهجوم": a party stands between the verb and the word it needs ("تحمل
            # مسؤولياتها" is bearing one's own responsibility, no accusation)
            if m.end_tok < len(toks) and any(r in need for r in readings(toks[m.end_tok].norm)):
                return False
            if m.value.type == "ACCUSE" and m.value.mode == "allege" and (
                    h := self.lex.gaz.longest_at(toks, m.end_tok)) and h[0] < len(toks) \
                    and toks[h[0]].norm[:1] == "ب" and len(toks[h[0]].norm) >= 5:
                return True  # "متهمة إسرائيل بالتنصل من التزاماتها": a party, then any charge with ب
            if m.value.type == "ACCUSE" and m.value.mode == "allege" and w.startswith("متهم") \
                    and any((h := self._parties_end(toks, j0)) is not None and h < len(toks)
                            and toks[h].norm[:1] == "ب" and len(toks[h].norm) >= 5
                            for j0 in _inserted_pp(self._text or "", toks, m.start_tok, m.end_tok)):
                return True  # "، ومتهما في ردٍ مضاد الاتحاد الأوروبي وأوتاوا بالحمائية": a short phrase of في before
                # the party (s24accuse)
            if m.value.type == "ACCUSE" and m.value.mode == "allege" and w.startswith("متهم") \
                    and not _adverbs.noun_reading(toks, m.start_tok) \
                    and _adverbs.charge_after(self._text or "", toks, m.end_tok + 1) \
                    and (h or self.lex.titles.longest_at(toks, m.end_tok) or m.end_tok < len(toks) and any(
                        m.end_tok <= x.s <= m.end_tok + 1 for x in self._dp.mentions(toks))):
                return True  # "متهما رئيس الوزراء الكندي جاستن ترودو الذي ترأس القمة بأنه": the charge after his clause
            if m.end_tok < len(toks) and any(r in _INCIDENTS for r in readings(toks[m.end_tok].norm)):
                return False  # "ووقع الهجوم بعد يوم من ...": an occurrence, nothing signed
            for j in range(m.end_tok, min(len(toks), m.end_tok + _need_span(need))):
                if any(r in need for r in readings(toks[j].norm)):
                    break
                if any(r in _DOCUMENTS for r in readings(toks[j].norm)) and not (j > 0 and toks[j - 1].norm == "في"):
                    return False  # "ترامب يوقع قرار الانسحاب من الاتفاق": a decree is signed, no agreement made (but "وحملت
                    # في بيانها واشنطن المسؤولية": the medium of the blame)
        if "@num" in need:
            return any(toks[j].norm.isdigit() or toks[j].norm in _NUM_WORDS
                       for j in range(m.end_tok, min(len(toks), m.end_tok + 2)))
        if "@head" in need:
            # the verb opens its clause ("وتجمع مئات ..."), not a noun object ("استهدف تجمع العشرات")
            k = m.start_tok
            w = toks[k].norm
            if not (k == 0 or w[:1] in "وف" or _STRONG.search(self._text or "", toks[k - 1].end, toks[k].start)
                    or toks[k - 1].norm in ("قد", "وقد", "كما", "حيث", "فيما", "بينما", "ثم", "امس", "اليوم")):
                return False
        if "@visit" in need:
            # "وصل وزير الخارجية السوري، وليد المعلم، مساء الإثنين، إلى العاصمة العمانية، مسقط": an official or a
            # delegation (named right after the verb) arrives in a country or its capital (not forces, not refugees)
            k = m.end_tok
            while k < len(toks) and k - m.end_tok < 3 and (toks[k].norm in self.lex.datecue_words or toks[k].norm in (
                    "اليوم", "امس", "مساء", "صباح", "ظهر", "فجر")):
                k += 1
            if k >= len(toks) or not (self.lex.titles.longest_at(toks, k) or toks[k].norm.lstrip("ال") in ("وفد", "وفدا")):
                return False
            for j in range(k + 1, min(len(toks), m.end_tok + 16)):
                if _FULLSTOP.search(self._text or "", toks[j - 1].end, toks[j].start):
                    return False
                h = self.lex.gaz.longest_at(toks, j) if toks[j].norm[:1] == "ل" else None
                if h and h[1].type == "GPE" and toks[j].norm[:2] != "ال":
                    return True  # "وصل ولي العهد السعودي للولايات المتحدة"
                if toks[j].norm in ("الي", "والي"):
                    for i in range(j + 1, min(len(toks), j + 3)):
                        h = self.lex.gaz.longest_at(toks, i)
                        if h and (h[1].type == "GPE" or h[1].type == "NORP" and toks[i - 1].norm in ("العاصمه", "عاصمه")):
                            return True
                    return False
            return False
        if "@gpe" in need:
            k = m.end_tok
            t = self.lex.titles.longest_at(toks, k) if k < len(toks) and toks[m.start_tok].norm.lstrip("وف")[:1] in "زيت" \
                and not toks[m.start_tok].norm.lstrip("وف").startswith("زياره") else None
            reach = 5 if toks[m.start_tok].norm.lstrip("وف").startswith(_gatherings._TOUR) else 3  # (جولة دولية بدأت بمصر)
            if t is not None:
                # "زار الرئيس الفرنسي إيمانويل ماكرون الهند": the visitor's title and name stand first (VSO); the
                # country comes after them (a name of up to three words)
                k, reach = t[0], 6
            for j in range(k, min(len(toks), k + reach)):
                if j > m.end_tok and _FULLSTOP.search(self._text or "", toks[j - 1].end, toks[j].start):
                    return False
                h = self.lex.gaz.longest_at(toks, j)
                if h and h[1].type == "GPE":
                    return True
            return False
        if m.value.type == "REQUEST" and m.value.mode == "change" and self._obliged_act(toks, m.start_tok, m.end_tok):
            return True  # "إن على واشنطن معالجة إدمانها"، "يتوجب على كوريا الشمالية إبعاد أسلحتها": the act as a noun
        reach = _need_span(need)
        if "المسووليه" in need and any(toks[j].norm in ("كلا", "كل") and toks[j + 1].norm == "من"
                                       for j in range(m.end_tok, min(len(toks) - 1, m.end_tok + 6))):
            reach += 8  # "وحمّل القاضي جورج دانيالز كلا من الجمهورية الإسلامية الإيرانية والحرس الثوري ... مسؤولية"
        for j in range(m.end_tok, min(len(toks), m.end_tok + reach)):
            if "@wide" in need and j > m.end_tok and _critics._HAL.match(toks[j].norm) and toks[j].norm.endswith(("ا", "ين")) \
                    and _STRONG.search(self._text or "", toks[j - 1].end, toks[j].start):
                break  # "التي اعتبر فيها أن ...، مبرراً ذلك بأنه كان خطأ": a circumstantial participle after a comma
                # opens a predicate of its own; its words are not what the verb judged
            if not need.isdisjoint(readings(toks[j].norm)):  # (a reading of the word is needed)
                return True
            if toks[j].norm in _NEED_FIRST and j + 1 < len(toks) and any(
                    toks[j].norm + " " + r in need for r in readings(toks[j + 1].norm)):
                return True  # a two-word need: "وصف القرار بأنه غير قانوني"
        # "وهو ما نفته روسيا": a denial of the clause before, its pronoun in place of the charge noun (critics.py)
        return m.value.type == "REJECT" and m.value.mode == "deny" and _critics.resumed(self, st, m)

    def _modal_parties(self, text, toks, groups, locs, cut, ts, quotes_spans):
        """An obligation laid on a party named before the modal (triggers.tsv REQUEST modal): "وقال غراهام إن تركيا يجب
        أن تدعم وجودا أميركيا"، "إن روسيا يجب أن تختفي وتصمت". The party must fill the whole stretch between the أن/إن of
        reported speech and the modal, be a state, a body or a person the text identifies, and the verb after أن no verb
        of being ("إن الدولة يجب أن تكون ...": a view, no demand); the speaker is the subject of the saying verb before
        the complementizer. (actors, recipients) or None."""
        g = next((g for g in groups if g["e"] == ts and g["prep"] is None and g not in locs), None)
        if g is None or g["s"] < 1 or toks[g["s"] - 1].norm.lstrip("وف") not in ("ان", "بان"):  # (normalised: إن، بأن)
            return None
        k = g["s"] - 1
        if ts + 2 >= len(toks) or toks[ts + 2].norm.lstrip("و") in _appeals._NECESSITY_STATE:
            return None
        by_id = self._dp.by_id
        if not all((by_id.get(i) or {}).get("type") in ("GPE", "ORG", "PERSON") and (
                (by_id.get(i) or {}).get("country") or (by_id.get(i) or {}).get("wikidata")) for i in g["ids"]):
            return None
        sv = next((j for j in range(k - 1, cut - 1, -1)
                   if toks[j].norm in self.lex.speech or toks[j].norm[1:] in self.lex.speech), None)
        if sv is None:
            return None
        # (the subject right after the saying verb, not a party of an apposition after it: "وقال غراهام، وهو عضو
        # جمهوري، في لجنة خدمات القوات المسلحة، ... إن تركيا")
        subj = [h for h in self._subjects_before(text, toks, groups, locs, cut, k, quotes_spans, by_id)
                if h["s"] > sv and not _adverbs.in_content_clause(toks, cut, h["s"], reported=True)]
        if not subj:
            return None
        actors = [i for i in subj[0]["ids"] if i not in g["ids"]]
        recips = list(g["ids"])
        return (actors, recips) if actors else None

    def _obliged_act(self, toks, ts, k) -> bool:
        """An obligation laid on a party with the act as a verbal noun instead of أن + a verb ("أكد أن على إيران تنفيذ 5
        متطلبات"، "إنه يتوجب على كوريا الشمالية إبعاد أسلحتها"، "اعتبرت إيران أن على كوريا الشمالية، توخي الحذر"): a party
        (or a list of parties joined by و) right after على, then a word shaped as a verbal noun (_obliged_noun). The
        obligation is told as reported speech: أن/إن in the trigger or right before a modal (not "ويتعين على الكونغرس
        التدخل" in a newspaper's own account)."""
        if toks[ts].norm.lstrip("وب") not in ("ان", "إن") and not (ts > 0 and toks[ts - 1].norm.lstrip("وب") in ("انه", "إنه")):
            return False
        at = {x.s: x for x in self._dp.mentions(toks)}
        x = at.get(k)
        if x is None:
            return False
        e = x.e
        while e < len(toks) and toks[e].norm[:1] == "و" and e in at:
            e = at[e].e  # "إن على الولايات المتحدة وبريطانيا وقف"
        if e >= len(toks) or e in at:
            return False
        gap = (self._text or "")[toks[e - 1].end:toks[e].start]
        if _STRONG.search(gap.replace("،", "").replace(",", "")):
            return False  # (a comma may stand between them; no other break)
        return _obliged_noun(toks[e].norm)

    @staticmethod
    def _lifted_ban(text, toks, ts, te, nouns=("الحظر", "حظر")):
        """A ban told as a noun (الحظر، حظر السفر) that a verb of lifting or cancelling governs a few words before:
        "رفع العراق الحظر الذي كان مفروضا"، "قررت السلطات رفع حظر السفر" (no strong break between); the index of that verb, or None."""
        w = toks[ts].norm.lstrip("وبل")
        if not w.startswith(nouns) or w in _BAN_VERBS:
            return None
        return next((k for k in range(ts - 1, max(-1, ts - 6), -1) if toks[k].norm.lstrip("وفبل") in _LIFT
                     and not _strong_between_dated(text, toks, k + 1, ts)), None)

    @staticmethod
    def _lifted_from(text, toks, groups, te, actors, on=False) -> list:
        """Those a lifted ban weighed on: the first party named after it in the same clause ("رفع العراق الحظر الذي كان
        مفروضا على رحلات الطيران الدولية إلى مطارات إقليم كردستان"), within a dozen words; with ``on``, the first
        after its على or عن when it has one ("رفع ترامب القيود التي كانت مفروضة في عهد أوباما على مبيعات السلاح إلى
        فيتنام": Vietnam, not Obama); none (the caller keeps its own reading) when that one is not found."""
        # (not past the opener of the next clause: "رفع حظر سفر مواطني تشاد إلى الولايات المتحدة بعدما خلصت مراجعة ...
        # على مدار ستة أشهر"، "رفعت السلطات حظر التجول عن مدينة النجف، بينما قام متظاهرون")
        end = next((k for k in range(te, min(len(toks), te + 12)) if toks[k].norm in _LIFT_STOPS), te + 12)
        if on:
            k = next((k for k in range(te, min(len(toks), end)) if toks[k].norm in ("علي", "عن")
                      and not _full_stop_between(text, toks, te, k)), None)
            if k is None:
                return []
            te = k + 1
        for g in groups:
            if te <= g["s"] < end and not _full_stop_between(text, toks, te, g["s"]):
                ids = [i for i in g["ids"] if i not in actors]
                if ids:
                    return ids
        return []

    @staticmethod
    def _subjects_before(text, toks, groups, locs, cut, pk, quotes_spans, by_id):
        """The parties that may be the subject of the clause a participle at pk hangs on, in order: before it in its
        sentence, with no preposition and no full stop between; not a place, a demonym adjective of an abstract noun
        ("وأتى هذا الموقف الفرنسي"), a source ("وبحسب بيان الرئاسة، طالب السيسي ...، مشيداً") or a name inside a quote
        closed before it."""
        t0s = toks[pk].start
        return [g for g in groups if g["e"] <= pk and g["prep"] is None and g["s"] >= cut and g not in locs
                and not _adverbs.adjectival_norp(toks, g, groups, by_id)
                and not _sourced(toks, g["s"]) and not _full_stop_between(text, toks, g["e"], pk) and not any(
                    q[0] <= toks[g["s"]].start < q[1] and q[1] <= t0s for q in quotes_spans)]

    @staticmethod
    def _participle_subject(text, toks, groups, locs, cut, pk, quotes_spans, self_speech=frozenset(), by_id=None):
        """The subject of the clause a circumstantial participle at pk hangs on: the first party before it
        (_subjects_before), or the subject of the verb that opens the main clause after a fronted phrase."""
        cands = EventStage._subjects_before(text, toks, groups, locs, cut, pk, quotes_spans, by_id)
        if not cands:
            return None
        is_verb = lambda w: w in VERB_FORMS or w in self_speech  # noqa: E731
        for g in cands[1:]:
            # "وقبيل إعلان دمشق تدميرها للصاروخين، أعربت سوريا عن ...، مؤكدة": the subject of the verb that opens the
            # main clause after a fronted phrase, not a party of that phrase
            if _adverbs.clause_verb_before(text, toks, g["s"], is_verb):
                return g["ids"]
        return cands[0]["ids"]

    def _opening_subject(self, text, dp, st):
        """The named subject right after the verb opening a sentence that codes no act, or None: the story goes on
        with it ("وقال نتانياهو إنه قدم معلومات المخابرات ... وتحدث عبر الهاتف أيضا مع الرئيس الروسي فلاديمير بوتين":
        Netanyahu spoke with Putin, not the party of the act told before; s24prodrop)."""
        toks = st.toks
        k = st.cut(text)
        if k + 1 >= len(toks):
            return None
        w = toks[k].norm
        w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
        if not (w in VERB_FORMS or self.lex.speech.get(w) == "say") or _coord_agr(w) not in ("m", "f", None) \
                or w.endswith(("نا", "تم")):
            return None
        if _STRONG.search(text, toks[k].end, toks[k + 1].start):
            return None  # (a verb alone before a comma or a colon: "وقال: ...")
        ments = _place_demonyms(toks, dp.mentions(toks))
        first = next((x for x in ments if x.s == k + 1), None)
        if first is None and _office_noun(toks[k + 1].norm):
            # ("وقال وزير الخارجية الأميركي مايك بومبيو": the office, then its holder)
            first = next((x for x in ments if k + 1 < x.s <= k + 6 and x.kind == "PERSON"
                          and not _STRONG.search(text, toks[k + 1].end, toks[x.s].start)), None)
        if first is None or first.kind not in ("PERSON", "ORG", "GPE") or first.eid in self._crowd_ids:
            return None
        return first.eid

    def _event(self, doc, dp, sents, st, m, quotes, quotes_spans, last_actor, pub):
        driven_out = None  # the force that drives armed men out (an expel verb read as ASSAULT, below)
        reacted = False  # an act named as the object of a reaction with its own doer and target (s23embedded)
        text = doc["text"]
        toks = st.toks
        trig = m.value
        typ = trig.type
        ts, te = m.start_tok, m.end_tok
        t0, t1 = toks[ts].start, toks[te - 1].end
        ttok = toks[ts]
        w1 = ttok.norm[1:] if ttok.norm[:1] in "وف" and len(ttok.norm) > 4 else ttok.norm
        is_noun = _is_noun(ttok.norm) or ttok.text.endswith("ة") or (ttok.norm.endswith("ات") and len(ttok.norm) > 4) \
            or (w1.endswith("ا") and w1[:-1] in self.lex.trig.trie and w1 not in VERB_FORMS) \
            or typ == "ASSAULT" and ts > 0 and toks[ts - 1].norm in _NOUN_PREPS  # هجوما، قصفا; "في قصف": a noun
        if is_noun and ts > 0 and toks[ts - 1].norm in _RELATIVES and _verb_with_object(ttok.norm):
            is_noun = False  # "تنظيم الدولة الإسلامية الذي طرده مجلس الشورى": a relative pronoun opens a clause; the
            # form with a pronoun after it is a verb, not "his expulsion"
        if is_noun and typ == "ACCUSE" and w1[:2] == "ال" and w1 in PAST_FORMS:
            is_noun = False  # "وألقت روسيا باللائمة على إسرائيل": a perfect of ألقى, not a definite noun
        if not is_noun and len(ttok.norm) == 3 and ts > 0:
            # "قررت تركيا، الثلاثاء، طرد السفير الإسرائيلي"، "أعلن المغرب قطع العلاقات": a bare form after a verb of
            # deciding or announcing is its object, a verbal noun (the genitive after it suffers the act), also past
            # a long subject and a day ("أعلن رئيس الوزراء الأردني عمر الرزاز، الخميس، سحب مشروع القانون")
            dk = next((k for k in range(ts - 1, max(-1, ts - 11), -1) if toks[k].norm.lstrip("وف") in _DECIDE_VERBS), None)
            is_noun = dk is not None and not _full_stop_between(text, toks, dk + 1, ts) and not any(
                m2.start_tok > dk and m2.end_tok <= ts for m2 in st.trigs) and not any(
                toks[k].norm in _COMPLEMENTIZERS for k in range(dk + 1, ts))  # (أكد مسؤول أن بيلور قتل: a verb)
        if not is_noun and ts > 0 and ttok.norm[:1] == "ب" and len(ttok.norm) > 3:
            # (s24order) "وأمر ترمب، الاثنين، بطرد 60 دبلوماسيا روسيا": a form after ب that an order governs is the
            # verbal noun of the act ordered (its genitive suffers the act; the one ordering does it), also past a day
            ok = next((k for k in range(ts - 1, max(-1, ts - 11), -1) if toks[k].norm.lstrip("وف") in _ORDER_VERBS), None)
            is_noun = ok is not None and not _full_stop_between(text, toks, ok + 1, ts) and not any(
                m2.start_tok > ok and m2.end_tok <= ts for m2 in st.trigs) and not any(
                toks[k].norm in _COMPLEMENTIZERS for k in range(ok + 1, ts))
        if not is_noun and te - ts == 1 and _precision.agent_noun_homograph(toks, ts, st.ments):
            return None  # "بين طالب كويتي ومعلم مصري": a فاعل form after a preposition or before an indefinite
            # nisba is the participle noun (a student), not the verb (s20fp)
        if ttok.norm[:2] == "لا" and ttok.norm[1:] in VERB_FORMS and ttok.norm not in self.lex.trig.trie:
            return None  # "لاتهمنا" is لا تهمنا (glued negation), no ل before a perfect verb (اتهمنا)
        if typ == "AGREE" and is_noun and ts > 0 and toks[ts - 1].norm.lstrip("و") in _UNDER_TERMS:
            return None  # "ملزمة بموجب اتفاقية جنيف"، "وفق اتفاق 2015": an agreement in force is cited, none is made
        if st.pairs:
            self._resolve_pairs(st, t0)
        groups = _groups(text, toks, [x for x in st.ments if not any(x is p and k != "ORG" for p, k in st.pairs)]
                         if st.pairs else list(st.ments))
        # (a dual noun of countries or leaders whose pair is not found is no party; "الطرفين" stays a collective)
        # an amnesty (عفو، عفوا عاما، مرسوما بالعفو): عن names those pardoned
        amnesty = typ == "CONCEDE" and any("عفو" in toks[k].norm for k in range(ts, te))
        if typ == "COERCE" and any("تجول" in toks[k].norm or "تجوال" in toks[k].norm for k in range(ts, te)):
            trig = trig._replace(mode="curfew")  # (حظر التجول is listed among the restrictions too)
        if typ == "REJECT" and trig.mode == "meet" and _annulled(toks, te):
            trig = trig._replace(mode="annul")  # "ألغت المحكمة الاتحادية قرار رئيس الوزراء": a decision, not a visit
        if trig.mode == "retract" and ttok.norm.lstrip("و") == "سحب" and not any(
                toks[k].norm.lstrip("وف") in _DECIDE_VERBS for k in range(max(0, ts - 10), ts)
                if not _full_stop_between(text, toks, k, ts)):
            return None  # a bare verbal noun tells a withdrawal only as the object of a decision or announcement ("أعلن
            # الرزاز سحب مشروع القانون"); "أدت الاحتجاجات إلى استقالة حكومة الملقي وسحب مشروع القانون" names no withdrawer
        lift_k = self._lifted_ban(text, toks, ts, te) if typ == "COERCE" and trig.mode == "restrict" else None
        if trig.mode == "lift":  # restrictions (القيود) are an event only as the object of lifting or easing them
            lift_k = ts if toks[ts].norm.lstrip("وفبل") in _LIFT else self._lifted_ban(text, toks, ts, te, ("القيود", "قيود"))
            if lift_k is None:
                return None
            if lift_k == ts and toks[ts].norm.lstrip("وفبل") in ("رفع", "تخفيف") and not any(
                    toks[k].norm.lstrip("وف") in _DECIDE_VERBS for k in range(max(0, ts - 10), ts)
                    if not _full_stop_between(text, toks, k, ts)):
                return None  # a verbal noun right before its object tells the easing only under a decision or an
                # announcement ("أعلنت إسرائيل عن تخفيف القيود"), not as a need ("ضرورة ... نهاية الحصار ورفع القيود")
        lifted = lift_k is not None
        if lifted:
            typ = "CONCEDE"  # "رفع العراق الحظر الذي كان مفروضا على رحلات الطيران": lifting a ban eases it (CAMEO 081)
            trig = trig._replace(type="CONCEDE", mode=None)
        if typ in ("ACCUSE", "REJECT") and (ttok.norm.endswith("ا") and not ttok.norm.endswith(("ها", "هما"))
                                            or ttok.norm.lstrip("و")[:1] == "ل") and any(
                m2.value.type == "PROTEST" and m2.end_tok <= ts for m2 in st.trigs):
            return None  # "تظاهروا تنديدا بـ"، "نظموا وقفة احتجاجية للتنديد بـ": the protest's purpose, not a separate
            # accusation (an accusative تنديدا, not a verb with the pronoun ها: "في حملة انتقدتها منظمة العفو")
        after_arrest = typ == "ACCUSE" and any(m2.value.type in ("SANCTION", "COERCE") and m2.end_tok <= ts
                                               for m2 in st.trigs)  # (a charge directed there: _directed_charge only)
        if typ == "ACCUSE" and (trig.mode == "investigate" or is_noun or not _first_person(ttok.norm, toks, ts)
                                and ttok.norm.endswith(("ها", "ه", "هم")) and not ttok.text.endswith("ة")
                                and not w1.endswith(("تتهم", "يتهم", "نتهم", "اتهم"))
                                and not (_accuse.suffixed_verb(ttok.norm, _object_suffix) and (
                                    ttok.norm[:1] == "و" or ts > 0 and toks[ts - 1].norm.lstrip("و") in _RELATIVES))) \
                and not (ttok.norm.startswith("متهم") and ts > 0
                         and any(c in text[toks[ts - 1].end:ttok.start] for c in "،,")) \
                and not (trig.mode == "disapprove" and not is_noun and ts > 0 and not _conj_verb(ttok.norm)
                         and not ttok.norm.startswith(("ادان", "دان", "يدين", "تدين", "ندين"))
                         and toks[ts - 1].norm not in _RELATIVES) and any(
                m2.value.type in ("SANCTION", "COERCE") and m2.end_tok <= ts for m2 in st.trigs) \
                and not any(_directing(toks[j].norm) and not _full_stop_between(text, toks, j, ts)
                            and (toks[j + 1].norm[:1] == "ل" or toks[j + 1].norm in ("اليه", "اليها", "اليهم", "اليهما"))
                            and any(m2.value.type == "COERCE" and m2.value.mode == "arrest" and m2.end_tok <= j
                                    for m2 in st.trigs)
                            for j in range(max(0, ts - 6), ts)):
            # (not a charge directed after the arrest: "اعتقل وسجن الأحد، ووجهت إليه تهمة دعم منظمة إرهابية", s20charge)
            return None  # "بسجن صحفيين ... بتهمة": the charge of the conviction, not a new accusation (but "وطردت
            # الحكومة السفير، متهمة الجزائر بـ": the circumstantial participle after a comma accuses; nor a verb of
            # criticism with the pronoun of the act before it: "اعتقلت ... عشرات المحتجين، في حملة انتقدتها منظمة العفو")
        if typ == "ACCUSE" and (ttok.norm.lstrip("و").startswith(("بتهم", "لتهم")) or ttok.norm.lstrip("و") in (
                "يحاكم", "تحاكم", "يحاكمون")) and any(toks[k].norm.lstrip("وال") in _HELD for k in range(max(0, ts - 4), ts)) \
                or typ == "ACCUSE" and ttok.norm.lstrip("و") in ("يحاكم", "تحاكم", "يحاكمون") and ts > 0 and any(
                    g["e"] == ts and not _official(g, self._dp) for g in groups):
            return None  # "القس أندرو برانسون الموقوف بتهم تتعلق بالإرهاب"، "قس أمريكي يحاكم بتهم": the charge someone is
            # held or tried on, told as background; no new accusation by the sentence's subject
        if typ == "ACCUSE" and trig.mode == "disapprove" and ttok.norm.lstrip("و").startswith(("ادين", "ادانت", "ادانه")) \
                and ttok.norm.lstrip("و") != "ادانت" and any(
                    toks[k].norm[:1] == "ب" and len(toks[k].norm) > 4 and not toks[k].norm.startswith(_MANNER_B)
                    for k in range(te, min(len(toks), te + 5))):
            return None  # "أدين بالتآمر"، "بعد إدانتهن بالانتماء": convicted of a charge, no condemnation (but "أدانت
            # السعودية إطلاق الحوثيين صاروخا باليستيا": an active verb with its subject, a court's verdict is dropped below;
            # "بأشد العبارات": the manner of a condemnation)
        kb = next((k for k in range(te, min(len(toks), te + 4)) if toks[k].norm[:1] == "ب" and len(toks[k].norm) > 3
                   and not any(g["s"] == k and g["prep"] is None for g in groups)),  # (بريطانيا، بولندا: a name)
                  None) if typ == "ACCUSE" and ttok.norm.lstrip("وف") in _PASSIVE_CHARGE else None
        if kb is not None and not any(g["prep"] is None and (te <= g["s"] < kb or g["e"] == ts and not _strong_between(
                text, toks, g["e"], ts)) for g in groups) and not any(
                toks[k].norm.lstrip("ال") in _ACCUSERS for k in range(te, kb)):
            return None  # "ويتهم أحدهما بالتلاعب في البورصة"، "وتحاكم المرأتان بتهمة القتل": يُتهم، تُحاكم (a passive: the
            # one charged follows, no party accuses him here; "وتتهم واشنطن طهران بدعم الإرهاب" names its subject)
        if typ == "ACCUSE" and ttok.norm.lstrip("و") == "دان" and (ttok.norm not in ("دان", "ودان") or ts > 0 and (
                toks[ts - 1].norm in _DAN_NOT_AFTER or _title_word(toks[ts - 1].norm)) or any(
                x.s <= ts < x.e for x in st.ments) or te >= len(toks) or toks[te].norm[:1] == "و" or not (
                toks[te].norm.startswith(("ال", "لل")) or _title_word(toks[te].norm) or any(
                    x.s == te and x.kind in ("PERSON", "GPE", "ORG") for x in st.ments))):
            return None  # "دان المغرب التحركات العسكرية"، "ودان رئيس الوزراء شاهد خاقان عباسي الهجوم": the perfect of
            # دان (condemned) before its subject; not a name (دان كوتس: inside a mention, or before an unknown word; "دان
            # وبولتون": in a list of names; "بكل من دان سوليفان"، "الأستاذ دان": after a preposition or a title) nor the
            # acre (ألف فدان)
        if typ == "ACCUSE" and ts > 0 and toks[ts - 1].norm in _WHAT_RELATIVE and ttok.norm.startswith(_LABEL_VERBS) \
                and ttok.norm.endswith(("ه", "ها", "هم", "هما")):
            return None  # "وتقديمه على التلفزيون الإسرائيلي ما وصفه بالأدلة"، "في ما وصفه مسؤولون بالأمم المتحدة ومسؤولون
            # أمريكيون بـ"التطهير العرقي"": a label the text attributes (what X called ...) describes no party: the verb's
            # pronoun is the unnamed thing labelled, the parties after it are its subjects, not someone accused
        if typ == "ACCUSE" and ttok.norm in _PAST_CHARGE and te < len(toks) and toks[te].norm[:1] == "ب" \
                and len(toks[te].norm) > 3 and not toks[te].norm.startswith(_MANNER_B) and not any(
                    g["s"] == te for g in groups) and ts > 0 and (toks[ts - 1].norm in _RELATIVES or ts > 1 and toks[
                    ts - 1].norm in ("قد", "كان", "كانت", "كانوا") and toks[ts - 2].norm in _RELATIVES):
            return None  # "قوات الجيش في ميانمار، الذين اتهموا بارتكاب جرائم اغتصاب"، "جان-كلود أرنو، الذي اتهم
            # بحادثتي اغتصاب": a past verb of accusing with the charge right after it in a relative clause is the passive
            # (اتُّهموا): its antecedent is the one charged, no party of the sentence accuses (the active names its
            # object first: "الجيش، الذي اتهم الفلسطينيين بزرعهما")
        replied = None
        if typ == "ACCUSE" and trig.mode == "reply":
            replied = self._replied_words(text, toks, groups, ts, te)
            if replied is None:
                return None  # (a military response, a reply to an accusation or a request, the noun رد: no criticism)
            trig = trig._replace(mode="disapprove")
        verbal_attack = None
        if typ == "ASSAULT" and not is_noun and ttok.norm.lstrip("وف") in _ATTACK_VERBS:
            # "هاجم الرئيس الأمريكي دونالد ترامب بشدة روسيا وإيران"، "ترامب يهاجم محاميه السابق بسبب تسجيل": a named
            # politician (not an armed man, a soldier or a policeman) who attacks with no weapon named attacks in words
            cut0 = st.cut(text)
            sj = next((g for g in groups[::-1] if g["e"] <= ts and ts - g["e"] <= 1 and g["prep"] is None
                       and g["s"] >= cut0 and not _strong_between(text, toks, g["e"], ts)), None) \
                if ttok.norm.lstrip("وف")[:1] in "يت" else None
            sj = sj or next((g for g in groups if g["s"] == te and g["prep"] is None), None)
            ents = self._dp.by_id

            def politician(g):
                return all((ents.get(i) or {}).get("type") == "PERSON" and (ents.get(i) or {}).get(
                    "sector") not in ("REB", "MIL", "COP", "CVL") and ((ents.get(i) or {}).get("status") == "named" or (
                        ents.get(i) or {}).get("roles")) for i in g["ids"])
            if ttok.norm[:1] in "وف" and (sj is None or sj["s"] == te and not politician(sj) and not any(
                    (ents.get(i) or {}).get("sector") in ("REB", "MIL", "COP") for i in sj["ids"])):
                # "قال ترامب إن الصواريخ "قادمة"، وهاجم موسكو لدعمها الأسد"، "ترامب يهدد الأسد.. ويهاجم روسيا": a verb
                # joined by و with no subject of its own has the clause's first subject, a named politician before it
                # (not when the party after it is armed: "وهاجم مسلحو وحدات حماية الشعب قاعدة تركية" is their attack)
                main = next((g for g in groups if g["prep"] is None and cut0 <= g["s"] and g["e"] < ts), None)
                if main is not None and politician(main):
                    sj = main
            if sj is not None and politician(sj) and not any(
                    any(r.startswith(_WEAPON_STEMS) for r in readings(toks[k].norm)[1:] + (toks[k].norm,))
                    for k in range(te, min(len(toks), te + 10))):
                va = sj["e"] if sj["s"] == te else te

                def appositive(g):  # "هاجم كمال كيليتشدار أوغلو، زعيم حزب الشعب الجمهوري، الرئيس أردوغان"
                    gap = text[toks[va - 1].end:toks[g["s"]].start]
                    return g["s"] > 0 and _title_word(toks[g["s"] - 1].norm) or gap.lstrip()[:1] in ("،", ",") and (
                        gap.count("،") + gap.count(",") < 2) or g["s"] == va and _title_word(toks[g["s"]].norm) \
                        and not any((ents.get(i) or {}).get("country") or (ents.get(i) or {}).get("wikidata")
                                    for i in g["ids"])  # (... أوغلو زعيم حزب الشعب: an unplaced office)
                # the one attacked in words is the verb's object, right after it (and its subject): "هاجم ترامب بشدة
                # روسيا"; not a place inside a relative clause ("هاجم الجهات التي استغلت المأساة التي يشهدها الشرق
                # الأوسط"). Without one the reading stays as it was (a pronoun object later may refer to it)
                obj = next((g for g in groups if g["prep"] is None and va <= g["s"] and not appositive(g)
                            and (g["s"] <= va + 1 or text[toks[va - 1].end:toks[va].start].strip()[:1] in ("،", ",")
                                 and g["s"] <= va + 14)
                            and not all(x.kind in ("LOC", "FAC") for x in g["m"])), None)
                if obj is not None:
                    typ = "ACCUSE"
                    trig = trig._replace(type="ACCUSE", mode="disapprove")
                    verbal_attack = obj
        official_protest = None
        occasion = False  # a protest told as an occurrence by a construction classify.protest_cues does not read
        if typ == "PROTEST" and ttok.norm.lstrip("و").startswith(_PROTEST_VERBAL) \
                and not ttok.norm.endswith(("يه", "يات", "ات", "ين", "ون")) and ttok.norm.lstrip("وال") != "احتجاج" \
                and not any(m2.value.type == "PROTEST" and m2 is not m for m2 in st.trigs):
            # "استدعت الخارجية التركية السفير الأمريكي احتجاجا على تصريحات ترامب"، "احتجت الصين على": a state or an
            # office that protests disapproves (ACCUSE); PLOVER PROTEST is a crowd's. The clause's subject protests,
            # the party named after the trigger (the author of the act protested against) is its target
            cut0 = st.cut(text)
            if ttok.norm.endswith("ا"):
                subj0 = next((g for g in groups if g["e"] <= ts and g["prep"] is None and g["s"] >= cut0
                              and not _full_stop_between(text, toks, g["e"], ts)), None)
            else:
                subj0 = next((g for g in groups[::-1] if g["e"] <= ts and ts - g["e"] <= 1 and g["prep"] is None
                              and g["s"] >= cut0 and not _strong_between(text, toks, g["e"], ts)), None) or next(
                    (g for g in groups if g["s"] == te and g["prep"] is None), None)
            if subj0 is not None and self._state_side(subj0):
                # (the author's adjective of nationality may close a longer object: "احتجت الصين على وجود سفينتين
                # حربيتين أميركيتين")
                tgt = next((g for g in groups if g["s"] >= te and (g["s"] - te <= 4 or g["s"] - te <= 7 and g["prep"] is None
                                                                   and all(x.kind == "NORP" for x in g["m"]))
                            and g["prep"] in (None, "على", "ل", "ضد")
                            and not set(g["ids"]) & set(subj0["ids"]) and not _civilians(g, self._dp)
                            and not _full_stop_between(text, toks, te, g["s"])), None)
                if tgt is None:
                    return None
                typ, official_protest = "ACCUSE", (list(subj0["ids"]), list(tgt["ids"]))
                trig = trig._replace(type="ACCUSE", mode="disapprove")
        if typ == "SUPPORT" and ttok.norm == "بارك" and ts > 0 and toks[ts - 1].norm not in _VERB_OPENERS | _RELATIVES \
                and not _STRONG.search(text, toks[ts - 1].end, ttok.start) \
                and not any(g["e"] == ts and g["prep"] is None for g in groups):
            return None  # "مركز التنبؤ بالطقس في كوليدج بارك بولاية ماريلاند": "park" in a name, after a word that is
            # neither a subject nor a clause opener; the verb بارك opens its clause (بارك الرئيس، وبارك، كما بارك)
        if typ == "SUPPORT" and any(r.startswith(("دعم", "يدعم", "تدعم", "ندعم")) for r in readings(ttok.norm)) and any(
                any(r in _MONEY for r in readings(toks[k].norm)) for k in range(te, min(len(toks), te + 6))):
            typ = "AID"  # "قطر تدعم اقتصاد تركيا باستثمارات مباشرة": material support is aid
        if typ == "AID" and "منح" in ttok.norm and any(
                toks[k].norm.lstrip("و").removeprefix("ال") in _AWARDS or toks[k].norm.lstrip("و") in _AWARDS
                for k in range(te, min(len(toks), te + 20)) if not _full_stop_between(text, toks, te, k)):
            return None  # "الجامعة العربية تمنح محمد بن راشد درع العمل التنموي"، "منحه وسام الاستحقاق": an honour
            # granted, no aid (session 21)
        if typ == "AID" and (DIACRITICS.sub("", ttok.text).lstrip("وف") in _ASSISTANT_OWNED or is_noun and ts > 0 and (
                toks[ts - 1].norm in _AID_WITHHELD or toks[ts - 1].norm[:1] in "وف" and toks[ts - 1].norm[1:] in _AID_WITHHELD)):
            return None  # "أقال ترامب مساعده الخاص": his assistant; "إن ميليشيات الحوثي تحتجز مساعدات إنسانية": aid held
            # back, seized or blocked is none given (s24; data/wordsets.tsv aid/assistant_owned, aid/withheld)
        if typ == "AID" and not is_noun and "ساعد" in ttok.norm and te < len(toks) and toks[te].norm in ("في", "علي"):
            return None  # "روسيا ... اتفاق إيقاف إطلاق النار التي ساعدت في التوصل إليه"، "ساعدت في صرف الانتباه": helped
            # to bring something about, no aid given to a party
        if typ == "AGREE" and (pledged := _pledged_harm(toks, st.trigs, ts, te, {
                k for x in (getattr(st, "ments", None) or ()) for k in range(x.s, x.e)})) is not None:
            # "تعهد بمقاضاة قليجدار أوغلو"، "يتعهد بشن حرب على المافيا"، "تعهدت تركيا بضرب": a hostile act
            # pledged is a threat (PLOVER THREATEN), no promise to a partner
            typ = "THREATEN"
            trig = trig._replace(type="THREATEN", mode=pledged or None)
        if typ == "THREATEN" and _warned_demand(text, toks, ts, te):
            # "ليعاود الأمين العام تحذيره لكافة الأطراف بالالتزام بالهدنة"، "حذر ... اليونان بضرورة وقف الاستفزازات": a
            # warning to do something is a demand, not a threat (data/wordsets.tsv warn/demand; s21fp)
            typ = "REQUEST"
            trig = trig._replace(type="REQUEST", mode=None)
        if typ == "THREATEN" and self._endangers(toks, ts, te):
            return None
        if typ == "THREATEN" and (self._no_threat_warning(text, toks, ts, te)
                                  and not _appeals.addressed_warning(self, text, toks, groups, ts, te)
                                  or self._threat_posed(text, toks, ts, te)):
            return None
        inq = next((q for q in quotes if q["start"] <= t0 < q["end"] and q.get("_direct")), None)
        if inq is None and typ in REACTION and te - ts == 1 and _first_singular(ttok.norm) \
                and not any(c in text[st.start:t0] for c in ':"«“'):
            return None  # "وأبرزها خولان وارحب وبعض مناطق سنحان": "I welcome" outside any quote is a name (أرحب, a
            # district), not the narrator's act
        # ---- factuality
        negated, hyp, hist = self._factuality(st, lift_k, lift_k + 1, typ) if lifted else self._factuality(st, ts, te, typ)
        # (a lifted ban is told by its verb of lifting: "ألغت الحظر" lifts it, "لم ترفع الحظر" does not)
        if lifted and not hyp and toks[lift_k].norm[:1] == "ب" and any(
                toks[j].norm.lstrip("وفس") in _material._PERMIT for j in range(max(0, lift_k - 14), lift_k)
                if not _full_stop_between(text, toks, j, lift_k)):
            hyp = True  # "أن يسمح هذا الاتفاق ... برفع الحظر اليوناني": what an act permits, not done
        if not hyp and typ == "COERCE" and ts > 0 and toks[ts - 1].norm.lstrip("وف") in _FACE_VERBS:
            hyp = True  # "من أفراد القوات الجوية يواجهون الاعتقال": an arrest one faces has not been made (sanctions a
            # state faces are in force: "تركيا تواجه عقوبات أميركية")
        if not hyp and typ in VERBAL_UNREALISED and _when_imperfect(toks, ts, is_noun):
            hyp = True  # "عندما يلتقي الزعيم الكوري الشمالي كيم جونغ أون بالرئيس ترامب": the time of a coming act
        if typ == "SUPPORT" and not hyp and not negated and _stance_noun(toks, ts) \
                and not self._stance_stated(text, st, ts):
            hyp = True  # "قال بومبيو إن دعم إيران للحوثيين يهدد دول الجوار"، "بسبب تورطها في دعم البوليساريو": a support
            # noun no verb of stating governs is the background or the topic of another predicate, not an act told here
        if typ == "SUPPORT" and not hyp and ts > 0 and not is_noun and (
                toks[ts - 1].norm in _RELATIVES and (ttok.norm[:1] in "يتن" or _object_suffix(ttok.norm) is not None)
                or ttok.norm[:1] in "يت" and _object_suffix(ttok.norm) is not None and _indefinite_noun(toks[ts - 1])
                and not _stance_noun(toks, ts) and toks[ts - 1].norm not in self.lex.stance_verbs
                and not any(x.e == ts for x in st.ments if self._dp.by_id.get(x.eid, {}).get("status") == "named")):
            hyp = True  # "جماعة الحوثي التي تدعمها إيران"، "التحالف الدولي الذي يدعم مقاتلين أكرادا"، "منذ الانتفاضة التي
            # دعمها حلف الأطلسي"، "متسللين تدعمهم الحكومة الروسية": a backing told in a
            # relative clause describes a party; it is no act reported here
        if typ in _STANDING_REL and not hyp and not negated and not is_noun and ts > 0 \
                and toks[ts - 1].norm in _RELATIVES and ttok.norm[:1] in "يتن" and ttok.norm not in PAST_FORMS \
                and not (ts + 1 < len(toks) and toks[ts + 1].norm in ("فيه", "فيها")) \
                and (typ != "REJECT" or "رفض" in ttok.norm):
            hyp = True  # "فتح الله غولن الذي تتهمه أنقرة بتدبير محاولة الانقلاب"، "جناح نواز شريف الذي يتهم الجيش"، "الضباط
            # الذين يرفضون القتال": a standing charge, threat or refusal told by the imperfect in a relative clause
            # describes a party, as a backing does; no act is reported here (a perfect, الذي اتهمته, tells one, and so
            # does a text or speech "in which" its author accuses: البيان الذي تتهم فيه، كتابها الذي تنتقد فيه الرئيس; a
            # denial of the charge told before, الأمر الذي تنفيه موسكو, is the party's answer: told)
        if typ != "THREATEN" and not hyp and any(m2.value.type == "THREATEN" and 0 <= ts - m2.end_tok <= 1 and (
                toks[ts].norm[:1] == "ب" or ts > m2.end_tok and toks[ts - 1].norm[:1] == "ب") and not _done_before(
                toks, m2.end_tok, ts) for m2 in st.trigs) and not _avenged(toks, ts):
            hyp = True  # "تهدد بمنع سفن"، "هدد بضرب": the threatened act has not happened
        alleged_of = _charged(text, toks, groups, st.trigs, ts) if typ != "ACCUSE" else None
        if alleged_of is not None:
            hyp = True  # s22fp2: "تركيا تتهم مصر وإسرائيل برفض هبوط طائراتها"، "اتهمت إيران السعودية بدعم الجماعات
            # الإرهابية": the act a party is accused of (ب + its noun right after the accused) is alleged, not told
        if trig.mode == "refuse":
            negated = hyp = False  # the negation is the refusal itself
        if typ == "CONSULT" and not hyp and any(toks[k].norm.lstrip("وف") in _TRIED for k in range(max(0, ts - 2), ts)):
            hyp = True  # "وقالت العديد من وسائل الإعلام إنها حاولت الاتصال بكروسلاند دون جدوى": a call tried, not held
        if typ == "CONSULT" and (is_noun or trig.pos == "n") and any(
                m2.value.type == "ASSAULT" and (m2.end_tok == ts or m2.end_tok == ts - 1 and toks[ts - 1].norm in (
                    "علي", "ضد")) for m2 in st.trigs):
            return None  # "عملية تفجير المؤتمر العام للمعارضة"، "القصف استهدف اجتماعا لقيادات الحزب": the meeting is the
            # target of an attack; no consultation is told (s20fp)
        if typ == "CONSULT" and not negated and any(
                toks[k].norm.lstrip("وف") in _ABSENT and not _strong_between(text, toks, k + 1, ts)
                and not any(k < m2.start_tok < ts for m2 in st.trigs) for k in range(max(0, ts - 6), ts)):
            negated = True  # "الحوثيون يتغيبون عن اجتماع مع غريفيث"، "قاطعت المعارضة اجتماع اللجنة"، "وتغيب وفد
            # الحوثيين عن المحادثات": the subject stayed away from the meeting (s20fp)
        if trig.mode == "promise" and not negated:
            hyp = False  # "أكد أنه سيضمن سلامة الزعيم الكوري الشمالي، في حال نجاح القمة": the future (or the condition)
            # is what is promised; the promise is made
        if trig.mode == "handover" and negated:
            negated = False  # "لن تسلم جثث"، "لا تعتزم تسليم المدينة": the refusal the negation tells (fallback_triggers.tsv)
            hyp = hyp and not any(toks[k].norm.lstrip("و") in _INTEND_VERBS for k in range(max(0, ts - 3), ts))
        if typ in ("CONCEDE", "AGREE", "RETREAT") and negated and _future_neg(toks, ts):
            typ, negated = "REJECT", False  # لن نتنازل: a refusal
            hyp = hyp and not any(toks[k].norm.lstrip("و") in _INTEND_VERBS for k in range(max(0, ts - 3), ts))
            # ("لا تعتزم الانسحاب": the intention denied is the refusal told, no plan)
        # ---- arguments
        actors, recips, loc = [], [], None
        of_that = None  # the clause verb whose day dates a meeting told as its occasion (_meeting_of_that)
        locs = [g for g in groups if all(x.kind in ("GPE", "LOC", "FAC") for x in g["m"]) and (
            g["prep"] in ("في", "ب") or g["s"] > 0 and any(r in PLACE_NOUNS for r in readings(toks[g["s"] - 1].norm))
            and not (g["prep"] is None and toks[g["s"] - 1].norm.startswith("ال") and any(h["e"] == g["s"] for h in groups)))
            # ("كوريا الشمالية الولايات المتحدة": the adjective that ends a name; but "أبناء مدينة البصرة": a place)
            and not (g["prep"] == "في" and _member_of(toks, g["s"]))]  # (الوسطاء في مصر وقطر، أعضاء في: who, not where)
        # "في مدينة كيبيك الكندية"، "بمدينة درنة الليبية": a demonym right after a place names the place's country, it is
        # part of the place, no party
        locs = locs + [g for g in groups if g not in locs and all(
            x.kind == "NORP" and not x.eid.startswith("ev-p") and toks[x.s].norm.startswith("ال") for x in g["m"]) and any(
            h["e"] == g["s"] and h in locs and all(x.kind in ("GPE", "LOC", "FAC") for x in h["m"]) and (
                h["prep"] is not None or h["s"] >= 2 and any(r in PLACE_NOUNS for r in readings(toks[h["s"] - 1].norm))
                and (toks[h["s"] - 1].norm[:1] in "بل" or toks[h["s"] - 2].norm in ("في", "من", "الي", "وفي")))
            for h in groups)]  # (not the genitive of a body: "تنشر سلطات ولاية تكساس الأمريكية عناصر من الحرس الوطني")
        # "بالعاصمة الفنلندية هلسنكي"، "في العاصمة الأردنية عمان": a place named after a place noun told as where
        # (بالعاصمة، في مدينة; not إلى: a visit's host) and its demonym adjective is where the act happened, no party
        locs = locs + [g for g in groups if g not in locs and g["prep"] is None and g["s"] >= 2 and all(
            m.kind in ("GPE", "LOC", "FAC") for m in g["m"]) and toks[g["s"] - 1].norm.startswith("ال")
            and toks[g["s"] - 1].norm.endswith(("يه", "ي")) and _placed_noun_at(toks, g["s"] - 2)]
        if typ == "CONSULT" and trig.pos == "n":
            # "اجتماع لندن", "قمة الرياض": a city after a meeting noun is where it met
            nxt = [g for g in groups if g["s"] == te and g["prep"] is None and all(x.kind == "GPE" for x in g["m"])]
            locs = locs + nxt
        cut = st.cut(text)
        # a news organisation is no party (a source, (CNN), an interviewer), unless it suffers a material act or is the
        # subject right beside the verb of its own statement ("اتهمت قناة الجزيرة السلطات المصرية"، "طالبت هيئة
        # الإذاعة البريطانية الأمم المتحدة بمنع إيران")
        own_say = not is_noun and (typ in ("ACCUSE", "REQUEST", "REJECT", "THREATEN") or typ == "CONCEDE" and "عتذ" in ttok.norm) \
            and not ttok.norm.startswith(
            ("م", "وم")) and not any(toks[k].norm in self.lex.speech for k in range(max(0, ts - 3), ts))
        media_subj = [g for g in groups if own_say and _media_only(g, self._dp) and g["prep"] is None
                      and (g["s"] == te or g["e"] == ts and (ts == 0 or toks[ts - 1].norm not in ("ان", "بان")))]
        parties = [g for g in groups if g not in locs and g["s"] >= cut
                   and (typ in ("COERCE", "ASSAULT", "SANCTION") or not _media_only(g, self._dp) or g in media_subj)]
        # a host or mediator (برعاية صينية، بوساطة قطرية، بحضور الوزير) is no side of the act
        parties = [g for g in parties if not (g["s"] > 0 and toks[g["s"] - 1].norm.lstrip("و") in _SPONSOR)]
        # a member named after "of them" (مشرعون أمريكيون منهم السيناتور جون ماكين، المسؤولين الأتراك ومن بينهم أردوغان)
        # belongs to the party before it: no other side of the act
        members, reach, kept = set(), -1, []
        for g in parties:
            if g["s"] > 0 and toks[g["s"] - 1].norm in _MEMBER_OF and any(
                    h["e"] == g["s"] - 1 or h["e"] == g["s"] - 2 and toks[g["s"] - 2].norm in ("من", "ومن") for h in groups) \
                    or g["s"] == reach and set(g["ids"]) <= members:  # (the member's title, then its name)
                members, reach = members | set(g["ids"]), g["e"]
            else:
                kept.append(g)
        parties = kept
        # the body a nominee is put up to head (اتهمت أنيتا هيل المرشح لرئاسة المحكمة العليا بأنه) describes him
        parties = [g for g in parties if not (g["s"] >= 2 and toks[g["s"] - 2].norm in _NOMINEE
                                              and toks[g["s"] - 1].norm in _OFFICE_FOR)]
        # "قتل جندي أميركي ... بانفجار عبوة ناسفة، كما أفاد البنتاغون.": who reports it, in a closing "as X said"
        parties = [g for g in parties if not (
            g["s"] >= 3 and toks[g["s"] - 1].norm in _REPORT_VERBS and toks[g["s"] - 2].norm == "كما"
            and _STRONG.search(text, toks[g["s"] - 3].end, toks[g["s"] - 2].start)
            and (g["e"] >= len(toks) or _STRONG.search(text, toks[g["e"] - 1].end, toks[g["e"]].start)))]
        # the names inside a title (ندوة بعنوان "قطر والإرهاب"، تحت شعار) are no sides of the act
        parties = [g for g in parties if not _titled_before(text, toks, g["s"])]
        # a source (حسب فرانس برس، بحسب منظمة، وفقا لوكالة، نقلا عن مصادر) tells of the act; it is no side of it
        # and the medium an interview or a statement was given to ("في مقابلة مع شبكة سي إن إن"، "في تصريح لصحيفة")
        parties = [g for g in parties if not _sourced(toks, g["s"])
                   and not _tails.interviewer(toks, g["s"], _media_only(g, self._dp), self.lex.speech)]
        if typ in MATERIAL_ACTS:
            # "أفادت وسائل إعلام سورية بسقوط قتلى وجرحى في غارة جوية"، "ذكرت مصادر أمنية عراقية": the nationality of a
            # medium or a source tells who reports; it is no side of the act
            parties = [g for g in parties if not (g["prep"] is None and _source_nationality(toks, g["s"]) and all(
                x.kind in ("GPE", "NORP") or self._nationality(toks, x) for x in g["m"]))]
        if typ in _TOPICAL:
            # "يبحث ملفي إيران ومكافحة الإرهاب مع الإمارات"، "لمناقشة قضية سكريبال": the genitive of a file or case is
            # what a talk or a statement is about, no side of it
            # (but "المدير العام المسؤول عن ملف الولايات المتحدة": an office's portfolio names the side it deals with)
            parties = [g for g in parties if not (g["prep"] is None and g["s"] > 1
                                                  and toks[g["s"] - 1].norm.lstrip("وفبل") in _TOPIC_NOUNS
                                                  and toks[g["s"] - 2].norm not in ("عن", "مسوول", "المسوول"))]
        after = [g for g in parties if g["s"] >= te]
        before = [g for g in parties if g["e"] <= ts and (not _media_only(g, self._dp) or g in media_subj)  # (CNN) is a source
                  and not all(x.kind in ("LOC", "FAC") for x in g["m"])  # places do not act
                  and not _full_stop_between(text, toks, g["e"], ts)]  # nor parties of another clause (..)
        # "في منطقة الغوطة الشرقية الخاضعة لسيطرة المعارضة المسلحة ... وإن طفلا واحدا لقي حتفه": the holder of a place
        # describes it; it is no subject of an act told after it
        before = [g for g in before if not (g["s"] >= 2 and toks[g["s"] - 1].norm in ("سيطره", "لسيطره")
                                            and toks[g["s"] - 2].norm in _HELD_BY)]
        if not is_noun and before and before[-1]["e"] == ts and before[-1]["s"] >= 3 \
                and toks[before[-1]["s"] - 2].norm in _RELATIVES and toks[before[-1]["s"] - 1].norm not in _NOUN_PREPS \
                and any(g["e"] == before[-1]["s"] - 2 for g in before):
            # "عناصر الشرطة التي تحرس البرلمان دعت السائق": the object of a relative clause before the verb is not its
            # subject; the relative's antecedent is
            before = before[:-1]
        if is_noun and ts >= 2 and toks[ts - 1].norm == "مع" and toks[ts - 2].norm in _ALONGSIDE:
            before = []  # "ندوة ...، بالتزامن مع اجتماعات الدورة": the act after it only dates what is told before it
        subj = None
        counted_victims = False
        undergone = None  # the one party after a bare verb read as a passive's subject (below)
        co = None  # the subject a coordinated verb shares with the verb before it (_coord_subject)
        passive = ts > 0 and toks[ts - 1].norm in _PASSIVE_AUX
        own = [g for g in groups if g["s"] <= ts and g["e"] >= te]  # the trigger names its party (المتظاهرون)
        if passive:
            # "تم اعتقال ثلاثة صحفيين من قبل الشرطة"، "تم توقيع اتفاق بين الحكومة والمتمردين": the agent phrase and
            # the sides of a symmetric act stay
            before, after = [], [g for g in after if not g["prep"] or g["prep"] in ("من", "من قبل")
                                 or g["prep"] == "بين" and typ in SYMMETRIC
                                 or g["s"] == te and te - ts > 1 and g["prep"] in ("على", "عن")
                                 and toks[te - 1].norm == normalize(g["prep"])]
            # (the party right after a trigger that ends with its own particle: "وتم القبض على مشتبه به"، "تم الإفراج
            # عن معتقلين": the one acted on)
        # the party right after a verbal noun of an act done TO a party is its genitive, the one acted on ("بسجن
        # الزفزافي"، "لقاء كيم"; _object_genitive), unless the genitive is marked as the doer (_agent_genitive_cues)
        object_gen = bool(after) and after[0]["s"] == te and _object_genitive(toks, ts) \
            and not _agent_genitive_cues(toks, after)
        # recipients: not a topic (بشأن، حول), a place or setting (في), one side of an inner phrase (وقف إطلاق النار
        # بين روسيا وأوكرانيا: the بين-phrase is the trigger's only when next to it, below), nor what an act is about (عن)
        # "عبرت المستشارة والرئيس عن قلقهما إزاء تصريحات الرئيس الروسي": what a stated concern is about names the one it
        # blames (_concern_blamed then drops the ones it is felt for); a topic phrase is no aside there
        concern = typ == "ACCUSE" and te - ts == 2 and toks[te - 1].norm in _CONCERN
        after_r = [g for g in after if (concern or g["prep"] not in TOPIC_PREPS) and g["prep"] != "بين"
                   and not (not concern and _in_topic(text, toks, te, g["s"]))  # "بشأن اختفاء خاشقجي": inside the topic phrase
                   and not (typ != "RETREAT" and _in_background(text, toks, te, g["s"]))  # "منذ تسميم سكريبال":
                   # inside a time clause (a withdrawal keeps its only other party: "سحب قواتها عقب توصل واشنطن وأنقرة")
                   and not (typ in ("SUPPORT", "ACCUSE") and g["prep"] == "مع" and any(
                       te <= m2.start_tok < g["s"] for m2 in st.trigs))  # رحب بقرارها قطع علاقاتها مع: the inner act's
                   and (g["prep"] != "في" or _member_of(toks, g["s"]) or _ranked_in(toks, g))
                   and not (g["s"] > 0 and toks[g["s"] - 1].norm.lstrip("وفبل") in _FOES)  # دعم لـ"أعداء المغرب"
                   and (g["prep"] != "عن" or typ in _OFF_PREPS or amnesty or trig.mode == "defend"
                        or _member_of(toks, g["s"]))
                   # "قصف الجيش السوداني بالطيران الحربي والمدفعية مواقع للدعم السريع": the arms it strikes with
                   and not (typ == "ASSAULT" and g["prep"] == "ب" and all(x.sector == "MIL" for x in g["m"]))
                   # "ومصرع عشرات الآخرين، بمشاركة التحالف العربي": the backer of the act, no target (session 20)
                   and not (typ == "ASSAULT" and g["s"] > 0 and (_control._ally_marker(toks[g["s"] - 1])
                                                                  or toks[g["s"] - 1].norm.lstrip("و") == "بقياده"))
                   # (nor the leader of a party named before: "التحالف العربي بقيادة المملكة العربية السعودية")
                   and not (typ == "ASSAULT" and _led_rel(toks, groups, g))
                   # "حضت روسيا الدول الكبرى أمام مجلس الأمن"، "اتهمت روسيا أمام مجلس الأمن الولايات المتحدة": the
                   # assembly a demand or charge is made before is its audience, not the one asked or charged
                   and not (typ in _AUDIENCE_TYPES and g["prep"] == "أمام")
                   # "سوريا اعتقلت الزوجين قاتلي عاملة الفلبين"، "أعدمت السلطات قاتل الطفلة زينب": the party in the genitive
                   # chain of a perpetrator noun is the victim, not the one arrested or sentenced (session 21)
                   and not (typ in ("COERCE", "SANCTION") and g["prep"] is None and _perpetrators_genitive(toks, te, g["s"]))
]
        if trig.mode == "want":
            after_r = [g for g in after_r if g["s"] == te]  # "تريد من بريطانيا أن تشاركها الأدلة": the party right after من
            if not after_r:
                return None  # "يريد من هذه التظاهرات أن تكون"، "يريدون من وراء هذه الاعتداءات": no party is asked
        if typ == "REQUEST" and trig.mode is None:
            k = _asked_noun(text, toks, te, groups)
            if k is not None:
                # "طلب زعيم اليسار من الرئيس "عدم تكليف أوربان""، "طلبت الولايات المتحدة من الدول التوقف عن
                # استيراد النفط الإيراني": the one asked is the noun after من, no party; the parties after it are the
                # requested act's (an adjective of the one asked stays: "من الشركات الأمريكية")
                after_r = [g for g in after_r if g["s"] <= k or g["s"] == k + 1 and all(x.kind == "NORP" for x in g["m"])
                           or toks[g["s"] - 1].norm.lstrip("و").removeprefix("ال") in _ASKED_LINK
                           or g["s"] >= 2 and toks[g["s"] - 2].norm.lstrip("و") in _ASKED_LINK]
        if trig.mode == "defend":
            if any(toks[k].norm.lstrip("و") in _DEFEND_COUNSEL for k in range(max(0, ts - 4), min(len(toks), te + 4))):
                return None  # "ودافع المحامي إيميت فلود عن بيل كلينتون": counsel in court, no political support
            after_r = _defended(text, toks, te, after_r)
            if not after_r:
                return None  # "دافع ترامب عن نفسه"، "دافعت الحكومة عن قرارها": no one else is defended (no recipient
                # from the story either)
        # "صادر القوارب المعادية، التي كانت تخطط للهجوم على قوات التحالف": a party of an act told inside a relative clause
        # after the trigger is that act's, not the trigger's
        rel_k = next((k for k in range(te + 1, min(len(toks), te + 12)) if toks[k].norm in _RELATIVES
                      or _indefinite_relative(toks, k, te)), None) \
            if typ in MATERIAL_ACTS and typ != "ASSAULT" else None  # (an attack's victims: "الانفجار الذي أدى لمقتل 4 أشخاص")
        # (an indefinite noun's relative clause has no pronoun: "إطلاق سراح جندي أدين بقتل فلسطيني جريح")
        if rel_k is not None and not any(te <= g["s"] < rel_k for g in groups):
            # (the relative clause of an object that is no party: not of the subject after the verb, "واتهمت وزارة
            # الدفاع الروسية، التي تدعم الحكومة السورية، مقاتلي المعارضة")
            after_r = [g for g in after_r if not (g["s"] > rel_k and any(
                rel_k < m2.start_tok < g["s"] and m2.value.type != "NONE" for m2 in st.trigs))]
        rk = next((k for k in range(te + 1, min(len(toks) - 1, te + 10)) if toks[k].norm in _RELATIVES), None) \
            if typ != "ASSAULT" else None
        if rk is not None and not _full_stop_between(text, toks, te, rk) and not any(g["e"] == rk for g in groups) \
                and not _inner_doer_verb(toks[rk + 1].norm):
            # "انتقد خطط ماي التي تتركز على العلاقات مع الاتحاد الأوروبي"، "نفى الادعاءات التي تتهمه بقبول أموال من
            # ليبيا": a party inside the relative clause of an object that is no party belongs to that clause's act
            # (but its light verb names the act's author or target: "العقوبات التي فرضتها واشنطن على إيران")
            # (the relative verb's own subject right after it may be the author: "يدين الملاحظات التي أدلى بها الرئيس
            # الفلسطيني"، "التسامح الذي يعيشه المجتمع الإندونيسي")
            j = rk + 2
            while j < len(toks) and j - rk < 6 and (toks[j].norm in _REL_OBJ_PRONS or toks[j].norm in _REL_ASIDE):
                j += 1
            if j + 1 < len(toks) and toks[j].norm.startswith("ال") and not any(g["s"] == j for g in groups):
                j += 1  # (a subject named by a noun and its adjective of nationality: "الذي يعيشه المجتمع الإندونيسي")
            after_r = [g for g in after_r if not (g["s"] > j and not _strong_between(text, toks, rk, g["s"]))]
        if typ in ("COERCE", "ASSAULT", "SANCTION") and after_r:
            # "توقيف مساعد مدير مكتب الرئيس الفرنسي إيمانويل ماكرون، ألكسندر بينالا": the patient is the aide the
            # construct chain opens with (named in apposition after it), not its genitive
            g0 = after_r[0]
            k = g0["s"] - 1
            while k >= te and k >= g0["s"] - 3 and not toks[k].norm.startswith("ال") and toks[k].norm not in VERB_FORMS \
                    and _strip_wf(toks[k].norm) not in _AIDES:
                k -= 1
            if k >= te and k >= g0["s"] - 3 and _strip_wf(toks[k].norm) in _AIDES \
                    and not _STRONG.search(text, toks[k].end, toks[g0["s"]].start):
                nxt = next((g for g in after_r if g["s"] == g0["e"] and all(x.kind == "PERSON" for x in g["m"])
                            and text[toks[g0["e"] - 1].end:toks[g["s"]].start].strip() in ("،", ",")), None)
                after_r = ([nxt] if nxt is not None else []) + [g for g in after_r if g is not g0 and g is not nxt]
        if typ in ("CONSULT", "AGREE", "COOPERATE", "AID"):
            # "قالت ماي لدى وصولها ... لحضور قمة للاتحاد: "نفذت روسيا هجوما ..."": a party inside a quotation the
            # trigger is not in is no side of the act told outside it
            after_r = [g for g in after_r if not any(qs <= toks[g["s"]].start < qe and not qs <= t0 < qe
                                                     and text.count(" ", qs, qe) >= 3 for qs, qe in quotes_spans)]
            # (not a name or a phrase in scare quotes: "توافق على "طلب ترامب" العسكري"، "مع شركة "بي إن سبورتس"")
        sub_end = before[-1]["e"] if before else 0
        if len(before) >= 2 and before[-1]["prep"] == "لدى" and before[-2]["prep"] is None \
                and before[-1]["s"] - before[-2]["e"] == 1 and not _strong_between(text, toks, before[-2]["e"], ts):
            # "وكانت سفيرة الولايات المتحدة لدى الأمم المتحدة قد حثت روسيا": the body an envoy is accredited to is part
            # of the subject's title, no party of the act; the subject ends after it
            before = before[:-1]
        elif before and before[-1]["prep"] is None and sub_end < ts and toks[sub_end].norm == "لدي" \
                and ts - sub_end <= 5 and not _strong_between(text, toks, sub_end, ts) \
                and not any(sub_end < g["s"] < ts for g in groups):
            sub_end = ts - 1 if toks[ts - 1].norm == "قد" else ts  # (the same with a body that is no party:
            # "سفيرة الولايات المتحدة لدى المنظمة الدولية حثت روسيا")
        svo = before and before[-1]["prep"] is None and ts - sub_end <= 1 \
            and not _strong_between(text, toks, sub_end, ts) \
            and not (sub_end < ts and toks[ts - 1].norm in _NOUN_PREPS) \
            and not (sub_end < ts and toks[ts - 1].norm in _SUBORDINATORS) \
            and not (before[-1]["e"] == ts and not is_noun and ttok.norm[:1] == "و" and ttok.norm[1:] in VERB_FORMS)
        # ("ألف فلسطيني جراء قمع": no subject; "استقبل ترامب تميم وأثنى أمير قطر على": a verb with و opens its clause,
        # the party before it is no subject of it)
        if not svo and before and before[-1]["prep"] is None and not _strong_between(text, toks, before[-1]["e"], ts):
            place = next((g for g in groups if g["prep"] == "في" and g["s"] == before[-1]["e"] + 1 and g["e"] == ts
                          and all(x.kind == "GPE" and x.country for x in g["m"])), None)
            if place is not None:
                svo = True  # "قضت محكمة في القاهرة بسجن الرئيس الأسبق": the subject, its place, then the act
        if svo and before[-1]["e"] == ts and _appeals.comma_vso(self, text, toks, ts, te, is_noun, after):
            svo = False
        if not svo and not is_noun and self._parenthesis_subject(text, toks, before, ts, is_noun) is not None:
            svo = True  # "بريطانيا، التي تحمل روسيا المسؤولية، طردت 23 دبلوماسيا": the subject, a parenthesis, the verb
            # (s23sides; _parenthesis_subject below takes the subject)
        resumptive = te < len(toks) and toks[te].norm in ("فيها", "فيه", "خلالها", "خلاله") and not is_noun \
            and (typ == "CONSULT" or typ in _STATED | {"ACCUSE"} and any(
                _statement_noun(toks[k].norm) for k in range(max(0, ts - 6), ts))) \
            and not sum(1 for g in after if g["prep"] is None and g["s"] - te <= 6) >= 2
        # (the statement a few words back: "تقدم السودان بشكوى إلى الأمم المتحدة، يتهم فيها مصر"; but "في مقابلة
        # اتهم فيها ترامب الصين": two bare parties after it, its own subject and object)
        # "بعد عودته من جولة زار خلالها السعودية والإمارات"، "أصدرت السعودية والإمارات والبحرين بيانا مشتركا دانت
        # فيه قطر": a relative clause; its subject is the one who made the tour or the statement (the sentence's
        # subject), the parties after it are visited or addressed
        said_on = last_actor if not is_noun and last_actor and not svo and after and not after[0]["prep"] \
            and last_actor not in after[0]["ids"] and _elided.speech_opened(
                text, toks, groups, ts, cut, self.lex.speech, lambda x: x in VERB_FORMS or len(x) >= 3 and x.endswith(
                    ("ا", "ى", "ت")) and not _vn(x) and x[:1] not in "م", _coord_agr, st.start) is not None else None
        # ("وقالت "..."، ودعت السلطات التركية إلى تأجيلها": a verbal act joined to a verb of saying with no subject of
        # its own shares the story's subject, the party after it is its object: elided.py, s20pronoun)
        if not svo and not resumptive and after and not after[0]["prep"] and said_on is None \
                and (self._adjacent(toks, te, after[0]["s"], verb=not is_noun and ttok.norm[:1] not in "بل",
                                    holder=typ == "ACCUSE" and any(x.kind == "PERSON" for x in after[0]["m"]),
                                    meeting=typ == "CONSULT" and (is_noun or trig.pos == "n"))
                     or not is_noun and _appeals.named_body_head(text, toks, te, after[0]["s"])) \
                and not (typ == "PROTEST" and _official(after[0], self._dp)) \
                and not (not is_noun and _plural_verb(ttok.norm)) \
                and not (typ in ("REQUEST", "THREATEN", "ACCUSE") and self._addressee_only(after[0])) \
                and not (not is_noun and ttok.norm[:1] in "وف" and _masc_sg_verb(ttok.norm)
                         and _feminine_state(toks, after[0])) \
                and not (not is_noun and ts > 0 and after[0]["s"] == te and _precision.antecedent_subject(
                    toks[ts - 1].norm, ttok.norm)):
            # (a bare verb right after a relative pronoun it agrees with has the antecedent for subject; the party
            # right after it is its object: "الغارة التي استهدفت القيادي الحوثي البارز صالح الصماد" names no Houthi
            # striker; but "الاتفاق الذي وافقت طهران بموجبه": a feminine verb after الذي has its own subject: s20fp)
            subj = after[0]
            if object_gen and not any(self._nationality(toks, x) for x in after[0]["m"]):
                # "بدعوة كيم للقاء ترامب"، "أعلنت موسكو تسليم الجيش السوري صواريخ"، "تطالبها بمنع إيران من مضايقة": the
                # genitive of a verbal noun of an act done to a party is that party, not its doer (told elsewhere)
                subj = None
                recips = list(dict.fromkeys(recips + list(after[0]["ids"])))
            elif is_noun and typ in PATIENT_GEN or _vn(ttok.norm) and typ in PATIENT_GEN and (trig.mode == "dismiss" or not _official(
                    subj, self._dp)) and not (typ == "RETREAT" and trig.mode in ("withdraw", "resign")) \
                    and not (typ == "SANCTION" and trig.mode == "withdraw" and "انسحاب" in ttok.norm):
                # "اعتقال 150 جنديا": the genitive of an act noun suffers it, unless it is a force that acts
                # ("توقيف الشرطة المصرية ناشطا") or the one who withdraws ("انسحاب الجيش السوري من لبنان"، "انسحاب الولايات
                # المتحدة من مجلس حقوق الإنسان")
                subj = None
            elif typ in PATIENT_GEN and not is_noun and _numbered(toks, te, subj["s"]) \
                    and ttok.norm.lstrip("وف") in _HARM_PASSIVE | {"اعتقل", "احتجز", "اوقف", "اسر"}:
                # "قتل 5 مسلحين خلال تطهير القوات العراقية": a counted subject of a bare harm verb suffered it
                subj = None
                recips = list(after[0]["ids"])
                counted_victims = True
            elif typ in PATIENT_GEN and all((x.sector or "") in ("CVL", "MED") for x in after[0]["m"]) \
                    and not (not is_noun and _object_after(text, toks, after, after[0])):
                subj = None  # passive reading: قتل مدنيون، اعتقال ناشطين (but "اقتحم متظاهرون السفارة": an object follows)
                if typ == "COERCE" and trig.mode == "arrest" and not is_noun and ttok.norm.lstrip("وف") in _UNDERGO_VERBS \
                        and not (ts > 0 and toks[ts - 1].norm.lstrip("و") in _RELATIVES) \
                        and not _judicial.hostages(toks[after[0]["s"]].norm):
                    undergone = after[0]  # "أوقفت امرأة اليوم الأحد في جنوب فرنسا": a bare perfect of arrest before
                    # civilians and no object is a passive, as _undergoer_only reads it (the authorities arrested; not
                    # "الداعشي الذي احتجز رهائن": a relative clause's verb has its antecedent for subject, hostages are taken)
                if typ == "ASSAULT" and not is_noun and ttok.norm.lstrip("وف") in _HARM_PASSIVE:
                    # "قتل محتج وأصيب ستة آخرون في اشتباكات مع قوات الأمن": the civilians killed are the victims; the
                    # attack noun after them may name the author (below)
                    recips = list(after[0]["ids"])
                    counted_victims = True
            elif not is_noun and _undergoer_only(text, toks, ttok.norm, typ, after, te):
                # "واعتقل شوكان في أغسطس 2013"، "واغتيل الصحفي جمال خاشقجي في إسطنبول"، "واتهم النظام السوري باستخدام
                # الأسلحة الكيماوية": a bare past verb of harm, arrest or accusation with one party after it that is a
                # person or civilians, and no object after that party, is a passive (اُعتُقل، قُتل، اُتُّهم) or has a
                # dropped subject; either way that party underwent the act, it did not do it (but "اعتقل الأمن التركي
                # صحفيا"، "قتل الجيش 5 مسلحين": an object follows, active)
                subj, undergone = None, after[0]
                recips = list(after[0]["ids"])
                counted_victims = True
        if subj is None and not svo and typ in ("REQUEST", "THREATEN") and not is_noun:
            subj = self._titled_subject(text, toks, groups, te) or subj
        if subj is None and not svo and typ == "ACCUSE" and not is_noun and not passive and after:
            subj = _accuse.spokes_subject(text, toks, after, te) or _accuse.described_subject(
                text, toks, after, te, lambda w: self.lex.stop.get(w) is not None) or subj
            # ("اتهم محققو الأمم المتحدة موقع فيسبوك"، "ندد السياسي الكردي البارز صلاح الدين دميرتاش بـ")
        if subj is not None and typ == "ACCUSE" and not is_noun and _accuse.statement_relative(toks, ts):
            subj = None  # "على مشروع قرار يدين إسرائيل": the draft condemns, the party after it is condemned
        if subj is not None and typ == "MOBILIZE" and (is_noun or _vn(ttok.norm)) and all(
                x.kind == "ORG" and not x.country for x in subj["m"]):
            subj = None  # "إرسال مقاتلات"، "نشر قوات": the forces after a deployment noun are what is sent
        if subj is not None and typ == "ASSAULT" and (is_noun or _vn(ttok.norm)) and "سقاط" in ttok.norm:
            # "أعلن الجيش الباكستاني إسقاط 25 طائرة مسيرة هندية": the aircraft after the noun of shooting down is
            # what was downed (its side suffers the act), not who fired
            recips, subj = list(subj["ids"]), None
        if subj is not None and not is_noun and _strip_wf(ttok.norm) in _WE_ACT and inq and inq.get("speaker"):
            # "ندعو الدوحة لتغليب العقل"، "نحث روسيا على أن تكشف": a verb of the first person plural has its subject in
            # itself, the quote's speaker; the party right after it is whom the act is aimed at
            recips, subj = list(subj["ids"]), None
        harm_passive = False
        launch_act = False  # a launching verb governs the attack noun (شن الجيش هجوما على): strikes.launch_pin
        marked = False  # the attacker is marked as such (برصاص، من قبل، شنته، شن ... هجوما، هجوم لـ)
        harmed = _harmed(text, toks, groups, ts, cut) if typ == "ASSAULT" else None
        if harmed is not None and any(r in ("مصرع", "حتف") for r in readings(ttok.norm)) \
                and toks[harmed["verb"]].norm.lstrip("وف") in _MET_DEATH:
            # "لقي خمسة جنود مصرعهم في قصف": those who met their death suffered; the author comes from the attack
            subj, harm_passive = harmed, True
        if typ == "ASSAULT" and subj is None and not is_noun and ttok.norm.lstrip("وف") in _HARM_PASSIVE:
            # "أن 16 عنصرا من ميليشيات الحوثي الموالية لإيران قتلوا أثناء غارات جوية لمقاتلات التحالف": a count of
            # members of a party before a perfect of harm is its subject (a passive: they were killed)
            subj = next((g for g in before[::-1] if g["prep"] == "من" and ts - g["e"] <= 5 and g["s"] >= 2 and any(
                toks[k].norm == "من" and _counted(toks, k - 1) for k in range(max(1, g["s"] - 2), g["s"]))
                         and not _strong_between(text, toks, g["e"], ts)
                         and not any(toks[k].norm in _RELATIVES for k in range(g["e"], ts))), None)
        if typ == "ASSAULT" and subj is not None and not harm_passive and not is_noun and ttok.norm.lstrip("وف") in _HARM_PASSIVE \
                and not (ttok.norm.lstrip("وف") in ("قتل", "خطف", "اختطف", "اغتال") and _object_after(text, toks, after, subj)):  # ("قتل مسلحون ثلاثة جنود في هجوم": active, an object)
            # "قتل خالد محسود ... في هجوم شنته طائرة", "أصيب جنديان بانفجار": a passive; the subject suffered
            nxt_act = any(m2.value.type == "ASSAULT" and m2.start_tok > subj["e"] and m2.start_tok - subj["e"] <= 8
                          and (toks[m2.start_tok - 1].norm in ("في", "خلال", "اثر", "جراء", "اثناء") or toks[m2.start_tok].norm[:1] == "ب")
                          for m2 in st.trigs)
            if nxt_act:
                harm_passive = True
        harm_att = None  # the author the attack noun after a passive of harm names (below)
        if typ == "ASSAULT" and subj is None and not harm_passive and not is_noun \
                and (not svo or te < len(toks) and (toks[te].norm in _AFTER_PASSIVE or toks[te].norm == "مع")) \
                and ttok.norm.lstrip("وف") in _HARM_PASSIVE_PRE \
                and not any(g["prep"] is None and te <= g["s"] <= te + 1 for g in groups) \
                and not (te < len(toks) and (toks[te].norm in _COUNTED_OBJECTS or toks[te].norm.isdigit())) \
                and (vg := next((g for g in before[::-1] if g["prep"] is None and g["e"] <= ts and ts - g["e"] <= 6
                                 and not _full_stop_between(text, toks, g["e"], ts)
                                 and not any(toks[k].norm in _RELATIVES or toks[k].norm in _COMPLEMENTIZERS
                                             or toks[k].norm in ("ان", "بان", "وان", "انه", "انها")
                                             for k in range(g["e"], ts))), None)) is not None \
                and (harm_at := next((k for k in range(te + 1, min(len(toks), te + 14))
                                      if any(r in _ATTACK_NOUNS for r in readings(toks[k].norm)) and (
                    toks[k].norm[:1] == "ب" or toks[k - 1].norm in ("في", "خلال", "اثر", "جراء", "اثناء"))
                                      and not _full_stop_between(text, toks, te, k)), None)) is not None:
            # "أن أحد عناصر حزب الله ويدعى كيان اشتر قتل مع عدد من الخبراء بغارة لطائرات التحالف": a bare perfect of harm
            # with no object after it and the attack that caused it told after it is a passive (قُتل): the party before it
            # (its name between) suffered it; the attack noun names the author (strikes.name_authors)
            # the owner of the craft or forces after ل (بغارة لطائرات تحالف دعم الشرعية، في قصف لقوات النظام)
            k2 = harm_at + 1
            if k2 < len(toks) and toks[k2].norm[:1] == "ل" and toks[k2].norm[1:].removeprefix("ل").removeprefix(
                    "ال") in _CRAFT:
                k2 += 1
            harm_att = next((g["ids"] for g in groups if g["s"] == k2 and not set(g["ids"]) & set(vg["ids"])
                             and (g["prep"] in ("ل", None) and k2 > harm_at + 1 or g["prep"] == "ل")), None)
            # (a subject right before its verb, with no object possible after it (في، مع), is read as a passive's only
            # when the attack noun names its author: "أن ثلاثة جنود قتلوا في هجوم لحركة طالبان"، "أن النقيب قتل مع
            # قيادات أخرى في غارة جوية لمقاتلات التحالف"; not "أن شرطيين قتلا في الهجوم")
            if not svo or harm_att is not None \
                    or self._attacker_after(text, toks, groups, {"s": ts, "e": te, "ids": vg["ids"]}) is not None:
                subj, harm_passive = vg, True
        comp = next(compress(range(ts - 1, -1, -1), map(_COMP_BEFORE.__contains__, map(_TOK_NORM, reversed(toks[:ts])))),
                    None)  # (the nearest أن before the trigger: C-level)
        if comp is not None and typ in MATERIAL_ACTS and any(
                toks[k].norm in self.lex.speech or toks[k].norm[1:] in self.lex.speech for k in range(max(0, comp - 8), comp)):
            before = [g for g in before if g["s"] > comp]  # "أوضح الشندقي أن المعارك أسفرت عن ...": not his act
        elif comp is not None and typ == "ASSAULT":
            # "وأفاد المتحدث نصرت رحيمي أن شرطيين قتلا في الهجوم، وأن القتلى السبعة الآخرين هم من المدنيين": the
            # speaker of the first of two reported clauses is no side of an attack the second tells
            c0 = next((k for k in range(comp) if toks[k].norm in ("ان", "بان", "وان") and any(
                toks[j].norm in self.lex.speech or toks[j].norm[1:] in self.lex.speech for j in range(max(0, k - 8), k))),
                None)
            if c0 is not None:
                before = [g for g in before if g["s"] > c0]
        told = self._told_clause(text, toks, ts, cut, is_noun, st.ments)
        if ts > 1 and toks[ts - 1].norm == "عن" and ":" in text[t1:st.end]:
            # "قرقاش عن الاجتماع الروسي التركي الإيراني حول سوريا: دليل على ..."، "موسكو عن عقوبات واشنطن: ...": a
            # headline's speaker who speaks about the act before a colon is no side of it
            before = [g for g in before if g["e"] != ts - 1]
        if told is not None and ts == told + 1 and ttok.norm[:2] == "ال" and not any(
                toks[k].norm in _RELATIVES for k in range(te, min(len(toks), te + 3))) \
                and not any(te <= g["s"] <= te + 3 and g["prep"] != "مع" for g in groups):
            told = None  # "وقال الوزير في بيان إن الطلب سيقدم يوم الخميس": a definite act noun with no doer named takes
            # up the speaker's own act told before, "إن الشراكة مع الإمارات" his body's own (but "إن الاتهامات التي
            # يوجهها ترامب": a doer is named)
        if told is not None:
            # "قال النائب جمال عباس إن زيارة ولي العهد إلى مصر ..."، "أعلنت الرئاسة أن وفدا ... يلتقي خلالها": who says
            # or announces is no side of an act told in a clause of its own after إن/أن (a clause with a pronoun of
            # his, إن بلاده ستطلب، إن لقاءه، is kept out by _told_clause)
            w = toks[told + 1].norm
            ana = [g for g in before if g["s"] <= told and any(
                toks[k].norm.lstrip("وبل").removeprefix("ال") == w[2:] for k in range(max(0, g["s"] - 1), g["e"]))] \
                if w[:2] == "ال" and len(w) > 4 and not any(g["s"] == told + 1 for g in groups) else []
            # (but "قالت السفيرة ...، رئيسة مجلس الأمن، إن المجلس سيعقد"، "أعلن متحدث باسم السفارة الروسية أن السفارة
            # قدمت طلبا": a definite noun opening the clause takes up a body named before it, which then acts)
            before = ana[-1:] or [g for g in before if g["s"] > told]
        claims = {}  # _claimed_strike of a group, asked here (the speaker filter) and for the mark below: once

        def claimed(g) -> bool:
            key = (g["s"], g["e"], tuple(g["ids"]))
            if key not in claims:
                claims[key] = self._claimed_strike(text, toks, groups, g, typ, ts)
            return claims[key]

        if typ in MATERIAL_ACTS:
            # who reports or counts an act (وأحصى المرصد، قال الجيش) is not its author unless nothing else is
            # ... but "أعلن الجيش الإسرائيلي إرسال تعزيزات": an announced decision (a verbal noun object, no أن) is
            # the announcer's own act, for acts other than attacks and protests
            before = [g for g in before if not ((g["s"] > 0 and (toks[g["s"] - 1].norm in self.lex.speech
                                                                  or toks[g["s"] - 1].norm[1:] in self.lex.speech)
                                                 or self._titled_speaker(toks, groups, g))
                                                and not claimed(g)
                                                and (typ in ("ASSAULT", "PROTEST") or not is_noun and not _vn(ttok.norm)
                                                     and trig.mode not in ("curfew", "martial-law")  # يعلن حظر التجول
                                                     or any(toks[k].norm in ("ان", "بان", "انه", "انها", "وان")
                                                            for k in range(g["e"], ts))))]
        if typ in MATERIAL_ACTS and not ttok.norm.lstrip("وف").startswith("سن") and not (
                not is_noun and _first_person(ttok.norm, toks, ts)) and not (
                is_noun and typ == "ASSAULT" and any(_launch(toks, k) and _first_person(toks[k].norm, toks, k)
                                                     for k in range(max(0, ts - 2), ts))):
            # (nor when he tells his side's launch in the first person: "حسن نصر الله: أطلقنا 55 صاروخا على إسرائيل")
            # "خامنئي: الهجوم على سوريا جريمة": a person before a colon speaks; the act after it is not his (unless
            # he speaks of his own: "بومبيو: سنمنح السعودية")
            before = [g for g in before if not (all(x.kind == "PERSON" for x in g["m"])
                                                and ":" in text[toks[g["e"] - 1].end:toks[ts].start])]
        if typ in ("ASSAULT", "COERCE"):
            before = [g for g in before if not _civilians(g, self._dp)]  # civilians are the victims
        if typ == "PROTEST":
            before = [g for g in before if not _official(g, self._dp)]
        pk = ts - 1 if ts > 1 and is_noun and _light_doer(toks[ts - 1].norm) else ts  # (إنها أقامت وقفة: the verb's noun)
        if harm_passive:
            # the victim is the subject; the attacker is the one the attack noun after it names (قتل فلسطيني وأصيب 6
            # آخرون في قصف إسرائيلي، لقي خمسة جنود مصرعهم في هجوم لطالبان: a nationality, لـX, شنته X, مع X), never a guess
            att = self._attacker_after(text, toks, groups, subj)
            actors = list(att["ids"]) if att is not None and not set(att["ids"]) & set(subj["ids"]) else []
            if not actors and harm_att:
                actors, marked = list(harm_att), True
            recips = subj["ids"]
        elif own and typ == "PROTEST":
            actors = own[0]["ids"]
            if after_r and after_r[0]["s"] - te <= 8:
                recips = after_r[0]["ids"]
        elif passive:
            recips = after[0]["ids"] if after and after[0]["s"] - te <= 4 else next(
                (g["ids"] for g in groups if ts < g["s"] < te and g["prep"] is None), [])  # تم استدعاء [السفير ...]
            # "أفادت وزارة الخارجية الروسية أنه تم استدعاء السفير": a state body reports an act of its own
            comp = next((k for k in range(ts - 2, max(-1, ts - 5), -1) if toks[k].norm in (
                "ان", "انه", "انها", "بان", "بانه", "وان", "وانه")), None)
            said = None if comp is None or typ in ("ASSAULT", "PROTEST") else next((
                g for g in groups[::-1] if g["e"] <= comp and comp - g["e"] <= 3 and g["prep"] is None and g["s"] > 0
                and (toks[g["s"] - 1].norm in self.lex.speech or toks[g["s"] - 1].norm[1:] in self.lex.speech)
                and (_official(g, self._dp) or all(x.kind == "GPE" for x in g["m"]))), None)
            prev = next((e for e in self._recent_events[::-1] if (e["type"] in ("COERCE", "ASSAULT", "SANCTION")
                         or e["type"] == typ) and (typ != "COERCE" or _official({"ids": e["actors"]}, self._dp))), None)
            actors = said["ids"] if said is not None else prev["actors"] if prev else []
            if not actors and typ == "COERCE":
                # "وتم توقيف ثلاثة أشخاص": the police or forces last named in this or the previous sentence
                for sj in (st, sents[st.i - 1] if st.i > 0 else None):
                    offs = [x for x in (sj.ments or []) if sj is not None and (x.sector in ("COP", "MIL", "JUD"))
                            and (sj is not st or x.e <= ts or any(
                                toks[k].norm in self.lex.speech or toks[k].norm[1:] in self.lex.speech
                                or toks[k].norm.lstrip("و") in ("بحسب", "حسب", "وفق", "وفقا")
                                for k in range(max(ts, x.s - 3), x.s)))] if sj is not None else []
                    # (... and the police that report it: "تم توقيف أربعة أشخاص، بحسب ما أفادت الشرطة البريطانية")
                    if offs:
                        actors = [offs[0].eid]
                        break
        elif pk > 0 and toks[pk - 1].norm in ("انها", "انه", "انهم", "انهما", "وانها", "وانه") \
                and (said_by := self._speaker_near(text, st, 0, pk - 1, None)[0]) \
                and not self._not_speaker(toks[pk - 1].norm.lstrip("و"), said_by):
            # (not when the pronoun cannot be the speaker: "لكنها قالت إنها ستغلق مضيق هرمز" after a place)
            # "قال إنه ..."، "وقالت أسر المعتقلين إنها أقامت وقفة احتجاجية": the pronoun subject is the speaker
            actors = [said_by]
            many = next((x for x in st.paired if x.eid == actors[0] and x.e <= pk - 1), None) \
                if toks[pk - 1].norm.endswith(("هما", "هم")) else None
            if many is not None:
                actors += [c[0] for c in many.co]  # "وقال البلدان إنهما سيشكلان": both sides speak and act
            if after_r and after_r[0]["s"] - te <= 8:
                recips = after_r[0]["ids"]
        elif subj is not None:
            actors = subj["ids"]
            # the subject's apposition (أدان علي خامنئي، المرشد الأعلى، ...) is not its target
            rest = [g for g in after_r if g["s"] >= subj["e"] and not set(g["ids"]) <= set(actors)
                    and not (g["s"] == subj["e"] and any(c in text[toks[subj["e"] - 1].end:toks[g["s"]].start]
                                                         for c in "\"«“")
                             and not _appeals.quoted_name(text, toks, subj))  # هيئة التنظيم "روسكومنادزور": its name
                    and not (g["s"] == subj["e"] and self._office_holder(toks, subj, g))
                    and not (g["s"] == subj["e"] and _title_complement(text, toks, typ, subj, g))
                    and not (typ == "CONSULT" and is_noun and g["prep"] == "ب" and g["s"] - te > 3)
                    and not (typ == "CONSULT" and is_noun and any(te <= m2.start_tok < g["s"] for m2 in st.trigs))
                    and not (typ == "ACCUSE" and _accuse.described_by(toks, g["s"]))  # (المنتمي لحزب الله: his own)
                    and not (typ == "ACCUSE" and any(toks[j].norm == "لسان" and not _strong_between(text, toks, j + 1, g["s"])
                                for j in range(max(subj["e"], g["s"] - 4), g["s"])))]
            # ("اتهمت وزارة الخارجية الروسية، على لسان المتحدثة باسمها ماريا زاخاروفا، واشنطن": the mouthpiece speaks)
            # (nor a party after another act told after the noun: "في ختام قمة مجموعة السبع، إن القمة بحثت التهديد
            # الإيراني": what the summit discussed)
            # (a meeting noun's بـ-side stands next to it, "لقائه بالرئيس"; not the object of the next clause's verb:
            # "بعد قمة هلسنكي ترامب يتراجع ويجدد ثقته بالمخابرات الأميركية")
            se = subj["e"]
            named = self._apposed_holder(text, toks, groups, subj)
            if named is not None:
                # "وعد الزعيم الكوري الشمالي، #كيم_جونغ_اون، بعدم إيقاظ الرئيس الكوري الجنوبي": the name set between
                # commas after an office with no name is its holder: the actor, not the object (s23sides)
                actors, se = list(named["ids"]), named["e"]
                rest = [g for g in rest if g["s"] >= se and not set(g["ids"]) <= set(actors)]
            k2 = _apposition_end(text, toks, se)
            if k2 is not None and not any(g["s"] == se and not set(g["ids"]) <= set(actors) for g in groups):
                # (the subject's own title opening it is no other party: "استقبل مقتدى الصدر، زعيم التيار الصدري الشيعي
                # في العراق، رئيس الوزراء العراقي حيدر العبادي")
                # (an office that is a party itself, "دعا ظريف، الرئيس الأمريكي، دونالد ترامب، إلى": the object)
                # "اتهم قيس الخزعلي، أمين عام تنظيم "عصائب أهل الحق" الشيعي العراقي، المملكة العربية السعودية بـ": the
                # parties inside the subject's apposition (an office and its complement between two commas) are not
                # the object; the one after it is
                past = [g for g in rest if g["s"] >= k2]
                if past and past[0]["s"] - k2 <= 3 and not _full_stop_between(text, toks, k2, past[0]["s"]):
                    recips = past[0]["ids"]
                elif typ == "ACCUSE":
                    # "انتقد حسن نصرالله، الأمين العام لحزب الله اللبناني، مساء الثلاثاء، ما زعم أنه التدخل المباشر للمملكة":
                    # the accuser's own body in his apposition is not the one accused
                    past = [g for g in past if not _accuse.described_by(toks, g["s"])]  # (، المنتمي لحزب الله،)
                    if past and past[0]["s"] - k2 <= 8 and not _full_stop_between(text, toks, k2, past[0]["s"]):
                        recips = past[0]["ids"]
                elif rest and rest[0]["s"] - se <= 8 and not _full_stop_between(text, toks, se, rest[0]["s"]):
                    recips = rest[0]["ids"]  # (no party after it: "دعا كابوري، رئيس بوركينافاسو، مواطني بلاده")
            elif rest and rest[0]["s"] - (_whole_end(groups, subj) if typ == "ACCUSE" else se) <= 8 \
                    and not _full_stop_between(text, toks, se, rest[0]["s"]):
                recips = rest[0]["ids"]
        else:
            taken = {r for e in self._recent_events if e["_sent"] == st.i for r in e["recipients"]}
            bare_before = [g for g in before if g["prep"] in (None, "ل") and not (
                set(g["ids"]) <= taken and not _opens_pluperfect(toks, g, ts, is_noun)) and not (
                g["prep"] == "ل" and _strong_between(text, toks, g["e"], ts))]
            # (a party already taken as an object in this sentence may still be the subject the next clause opens with
            # before قد: "أعلن ترامب في ... قمة الدول السبع الكبرى، على أن مجموعة السبع قد تعهدت بمراقبة")
            # (a genitive with ل closing a clause is no subject of the next one: "انضمت أستراليا إلى الولايات المتحدة
            # وحلفاء آخرين لبريطانيا، وقررت طرد دبلوماسيين روسيين")
            if typ == "CONSULT":
                bare_before = [g for g in bare_before if not self._spoken_to(text, toks, before, g)]
            if typ in ("CONSULT", "AGREE"):
                bare_before = [next((p for p in before if p["e"] == g["s"] - 1 and p["prep"] is None), g)
                               if g["s"] > 0 and toks[g["s"] - 1].norm.lstrip("و") in _LED_BY else g for g in bare_before]
                # ("إن حكومة جنوب السودان وحركة التمرد الرئيسية بقيادة رياك مشار توصلوا لاتفاق": the leader of a side
                # describes it; the sides are the parties before him)
            if ts > 0 and toks[ts - 1].norm in _RELATIVES and not is_noun and ttok.norm.endswith(("ه", "ها", "هم", "هما")):
                bare_before = []  # "العائلات التي فرقتها الحرب": the noun before a relative clause is its verb's object
            if typ == "ACCUSE" and bare_before and _accuse.described_by(toks, bare_before[-1]["s"]):
                bare_before = bare_before[:-1]  # "قدم رجل أعمال أميركي من كبار داعمي الرئيس الأميركي، دونالد ترامب، شكوى ضد قطر"،
                # "إليوت برويدي، المعروف بتأييد الحزب الجمهوري، أن رفع دعوى": the party a description of the subject
                # names (whom he supports) does not accuse
            if typ == "ASSAULT":
                # "دانت مصر التصعيد الإسرائيلي ... الذي أسفر عن مقتل 16 شخصا": who condemns (or calls, welcomes) an
                # attack in this sentence did not make it
                said = {a for e in self._recent_events if e["_sent"] == st.i and e["type"] in REACTION | VERBAL_HEADS
                        and e["trigger"]["end"] <= t0 for a in e["actors"]}
                bare_before = [g for g in bare_before if not set(g["ids"]) <= said]
            dual = None if is_noun or not _dual_verb(ttok.norm) or not self._clause_start(text, toks, ts, cut) \
                or ts > cut and ttok.norm[:1] not in "وف" and ttok.norm.endswith("ا") \
                and text[toks[ts - 1].end:toks[ts].start].strip() in ("،", ",") and not _first_plural(ttok.norm) \
                or bare_before and len(bare_before[-1]["ids"]) > 1 and ts - bare_before[-1]["e"] <= 1 \
                else self._pair_before(st, t0, "ORG", hostile=not _first_plural(ttok.norm))
            if dual is not None:
                # "التقى السيسي آبي أحمد، حيث اتفقا على"، "واتفقا": a dual verb opening a clause without a subject of
                # its own has the two sides of the last two-sided act as its subject (a bare form in ا right after a
                # comma is an accusative verbal noun: "، تضامنا مع لندن"، "، ردا على")
                actors = list(dual)
            elif said_on is not None:
                actors = [said_on]  # (elided.py)
            elif (ps := self._parenthesis_subject(text, toks, before, ts, is_noun)) is not None:
                # "وكانت بريطانيا، التي تحمل روسيا مسؤولية تسميم سكريبال، أعلنت طرد 23 دبلوماسيا"، "إيران، وهي عضو
                # في أوبك، اتهمت ترامب": a verb right after a relative clause or a pronoun parenthesis set between commas
                # has the party before the parenthesis as its subject, not the last party inside it (s23sides)
                actors = list(ps["ids"])
            elif ts > 1 and toks[ts - 1].norm in _RELATIVES and not is_noun and _object_suffix(ttok.norm) is None \
                    and not (te < len(toks) and toks[te].norm in _RESUMED) \
                    and not any(g["prep"] is None and te <= g["s"] <= te + 1 for g in after) \
                    and (rel := next((g for g in before if g["e"] == ts - 1 and g["prep"] != "ل" and (
                        g["prep"] is not None or typ not in MATERIAL_ACTS and not _pronoun_ended(ttok.norm))), None)):
                # (an antecedent with no preposition, the main clause's object: "التقت موغيريني ... السراج الذي رحب"; not
                # before a material act, often passive, "صالح مسلم الذي اعتقل السبت", nor a verb with a pronoun that may
                # take the antecedent up, "أنشطة إيران التي وصفها بالعدوانية")
                # "جرت محادثات بينه وبين الزعيم الكوري الجنوبي الذي التقى نظيره الشمالي": the antecedent of the relative
                # clause is its verb's subject, whatever preposition governs it in the main clause (not with a subject of
                # its own after it or a pronoun taking it up: "السجناء الذين أفرجت عنهم موسكو")
                actors = rel["ids"]
            elif not is_noun and (co := self._coord_subject(text, toks, groups, st, typ, ts, te, cut, svo)) is not None:
                actors = co  # "... في البيت الأبيض وأثنى على": the first verb's subject, not its object
            elif not is_noun and typ not in MATERIAL_ACTS and bare_before \
                    and (main := _main_subject(text, toks, groups, ts, cut)) is not None:
                # "ألغت إسرائيل خطة كانت تهدف إلى طرد مهاجرين أفارقة بعد أن توصلت إلى اتفاق مع المفوضية": a verb opening
                # a clause of time with no subject of its own shares the main clause's subject, not the last party
                actors = main["ids"]
            elif bare_before and (ts - bare_before[-1]["e"] <= 12) and not (
                    not is_noun and inq and inq.get("speaker") and _strip_wf(ttok.norm) in _WE_ACT
                    and not (ts > 0 and toks[ts - 1].norm.lstrip("و") == "نحن")) and not (
                    # ('قال قرقاش: "خسائر أزمة الدوحة ... ندعو الدوحة لتغليب العقل"': a first-person act in a quote is
                    # the speaker's, not the last party the quote named before it; "نحن ندعو" keeps its apposition)
                    typ == "ASSAULT" and not is_noun and _strip_wf(ttok.norm) in _EXPLODE_VERBS) and not (
                    typ == "ASSAULT" and ":" in text[toks[bare_before[-1]["e"] - 1].end:toks[ts].start]
                    and not any(_first_person(toks[k].norm, toks, k) for k in range(bare_before[-1]["e"], ts + 1))) \
                    and not (typ == "ASSAULT" and is_noun and bare_before[-1]["s"] > 0
                             and toks[bare_before[-1]["s"] - 1].norm.lstrip("وف") in _ACKNOWLEDGE) \
                    and not (typ == "PROTEST" and is_noun and bare_before[-1]["e"] == ts
                             and bare_before[-1]["e"] - bare_before[-1]["s"] == 1
                             and toks[bare_before[-1]["s"]].norm.lstrip("و").removeprefix("ال") in _TOLL_HEADS):
                # ("ما يرفع حصيلة ضحايا الاحتجاجات المستمرة ضد الحكومة": the dead of the protests are no crowd holding
                # them, session 21)
                # ("اعترفت ميلشيات الحوثي بمقتل العميد": who admits or mourns a death tells of its own dead, no attacker)
                # (a party before a colon labels the story or speaks, "اليمن: مقتل مدنيين في قصف صاروخي"، "كندا: إصابة
                # 15 شخصا إثر تفجير": an attack told after it is not its own, unless in the first person: "إسرائيل: قصفنا")
                actors = bare_before[-1]["ids"]
                meet_suf = "ها" if ttok.text.endswith("ها") else "ه" if ttok.text.endswith("ه") else None
                if typ == "CONSULT" and meet_suf and ttok.norm.lstrip("وبل") in _OWNED_MEETINGS and _pronoun_fits(
                        [self._dp.by_id.get(i) or {} for i in actors], meet_suf) is not True:
                    # "أن يكون ترامب قد أعطى أي إشارة بشأن ... اتفاق إيران خلال اتصاله مع ماكرون": the owner of the
                    # meeting noun's pronoun is the last party it surely fits (a person for ه), not a state it may not
                    fit = next((g for g in bare_before[-2::-1] if ts - g["e"] <= 16 and _pronoun_fits(
                        [self._dp.by_id.get(i) or {} for i in g["ids"]], meet_suf) is True), None)
                    if fit is not None:
                        actors = fit["ids"]
                if not is_noun and not inq and (agr := _carry_agr(toks, ts)) is not None \
                        and not any(g["prep"] is None and (te <= g["s"] <= te + 1 or g["s"] == te + 2 and te < len(toks)
                                    and toks[te].norm in _RESUMED_ARG | {"فيه", "فيها", "فيهم"}) for g in groups) \
                        and not (agr in ("pl", "du") and (toks[bare_before[-1]["e"]].norm[:1] == "و" or bare_before[-1]["s"] > 0
                                 and toks[bare_before[-1]["s"] - 1].norm.lstrip("وبل") in _PEOPLE_HEAD)) and _carry.fit(
                        self._subject_words(text, toks, bare_before[-1]),
                        [self._dp.by_id.get(i) or {} for i in actors], agr) is False:
                    # "أوقفت الشرطة البريطانية أربعة أشخاص بعد أن اقتحموا"، "ألقت السلطات القبض على مهاجم بعدما قتل":
                    # a verb after its subject agrees with it in full; the last party before that does not fit the verb
                    # is not its subject, the nearest one that surely fits is (carry.py), else none is named (not with
                    # a party right after the verb: "يجتمع فيها المستشارون الإيرانيون"، a subject after its verb agrees
                    # in gender only; nor a plural after a conjunct the coder holds no party, "الولايات المتحدة
                    # وحلفاؤها يقصفون", or after people in construct with the party, "أهالي غزة يرفضون")
                    alt = next((g for g in before[::-1] if g["prep"] in (None, "على") and g["ids"] != actors
                                and ts - g["e"] <= 12 and not _full_stop_between(text, toks, g["e"], ts)
                                and _carry.fit(self._subject_words(text, toks, g),
                                               [self._dp.by_id.get(i) or {} for i in g["ids"]], agr) is True), None)
                    actors = list(alt["ids"]) if alt is not None else []
            elif inq and _first_person(ttok.norm, toks, ts) and inq.get("speaker"):
                actors = [inq["speaker"]]
            elif inq and inq.get("speaker") and typ not in MATERIAL_ACTS and not (
                    typ == "CONSULT" and not is_noun and ttok.norm.lstrip("وف").removeprefix("س")[:1] == "ي"):
                # (not a meeting told with a verb of the third person, "قال ترامب: "لم يكن من المفترض أن يلتقي بكيم جونج
                # أون لكنه فعل": he, not the speaker, met)
                # (a material act the speaker tells in the third person is someone else's: "وقال أدرعي: اعتقلت قوات
                # الأمن ..."، "حلفاء لإيران حاولوا منع الملاحة" — only his own verbal acts and first-person acts are his)
                actors = [inq["speaker"]]
            elif not is_noun and not before and typ not in MATERIAL_ACTS and told is None and te < len(toks) \
                    and trig.pos != "n" \
                    and _office_noun(toks[te].norm) and toks[te].norm[:1] not in "بل" and (held := next(
                        (g for g in after if 0 < g["s"] - te + 1 <= 5 and all(x.kind == "PERSON" for x in g["m"])
                         and not _full_stop_between(text, toks, te, g["s"])), None)) is not None:
                actors = list(held["ids"])  # "طالب المتحدث الرسمي باسم الحكومة الفلسطينية يوسف المحمود"، "استقبل الرئيس
                # الإندونيسي جوكو ويدودو": the office after the verb and its holder's name are the subject
                # (not after a meeting noun the lexicon marks as one, "وخلال مؤتمر صحفي مع الرئيس السوداني عمر البشير،
                # قال السيسي": the side met, s21consult)
            elif not is_noun and last_actor and not before and typ not in MATERIAL_ACTS and told is None \
                    and not (te < len(toks) and toks[te].norm in _PEOPLE_HEAD) \
                    and not (te + 1 < len(toks) and toks[te].norm in _QUANTITY_HEAD and toks[te + 1].norm == "من") \
                    and not (te < len(toks) and _office_noun(toks[te].norm)
                             and not self._office_of(text, toks, te, last_actor)) \
                    and not (ttok.norm.endswith("ا") and len(ttok.norm) >= 4 and not self._clause_start(text, toks, ts, cut)):
                # (not past a subject of its own the mentions do not hold: "ودعا أنصار الرئيس الراحل إلى": people in
                # construct with a party after the verb; "وروى عيتاني ... ودعت مديرة الشرق الأوسط
                # للمنظمة الحقوقية إلى": the director, not the one who told his story)
                # (an accusative verbal noun inside a clause, "وتقاتل الجماعة الشيعية في سوريا دعما للأسد", is the act of
                # that clause's subject, not of the last party of the sentence before; a dual verb there, دعما، would
                # follow its subject)
                actors = [last_actor]
            vso = 1 if not is_noun and actors and len(after_r) > 1 and after_r[0]["prep"] is None \
                and after_r[0]["s"] - te <= 5 and set(after_r[0]["ids"]) <= set(actors) \
                and (after_r[0]["s"] == te or _title_word(toks[te].norm)) \
                and after_r[1]["s"] - after_r[0]["e"] <= 8 and after_r[1]["prep"] is None \
                and not set(after_r[1]["ids"]) & set(actors) and not _apposed(text, toks, after_r[0]["e"], after_r[1]["s"]) \
                and not any(te <= m2.start_tok < after_r[1]["s"] for m2 in st.trigs) else 0
            # ("استقبلت الملكة إليزابيث الثانية ولي العهد السعودي"، "استقبل الرئيس الإندونيسي جوكو ويدودو، الاثنين، شيخ
            # الجامع الأزهر": the verb's subject stands right after it, its object after the subject)
            if after_r and after_r[vso]["s"] - te <= 8 + (after_r[0]["e"] - te if vso else 0) \
                    and not _full_stop_between(text, toks, te, after_r[vso]["s"]) \
                    and not (typ == "CONSULT" and is_noun and after_r[0]["prep"] == "ب" and after_r[0]["s"] - te > 3) \
                    and not (typ == "CONSULT" and is_noun and any(te <= m2.start_tok < after_r[0]["s"] for m2 in st.trigs)):
                # (a meeting noun's بـ-side stands next to it, "لقائه بالرئيس"; not the object of the next clause's
                # verb: "بعد قمة هلسنكي ترامب يتراجع ويجدد ثقته بالمخابرات الأميركية")
                recips = after_r[vso]["ids"]
                if typ == "ASSAULT" and not actors and (after_r[0]["prep"] == "ل" and any(
                        toks[k].norm.lstrip("وفب").removeprefix("ال") in _ATTACK_NOUNS
                        for k in range(max(te, after_r[0]["s"] - 3), after_r[0]["s"])) or after_r[0]["prep"] is None
                        and after_r[0]["s"] > te and toks[after_r[0]["s"] - 1].norm.lstrip("وفبل") in _ATTACK_NOUNS
                        or after_r[0]["prep"] is None and after_r[0]["s"] - 2 >= te
                        and toks[after_r[0]["s"] - 1].norm[:1] == "ل" and toks[after_r[0]["s"] - 1].norm[1:] in _INSTRUMENTS_N
                        and toks[after_r[0]["s"] - 2].norm.lstrip("وفب").removeprefix("ال") in _ATTACK_NOUNS):
                    # ("في غارة لطيران التحالف": the owner of the aircraft the attack noun names)
                    # "قتلى في هجوم انتحاري لتنظيم داعش"، "ألف شخص قتلوا ... خلال الأسبوعين الأولين من هجوم النظام
                    # السوري": the owner (or the genitive) of the attack noun made it
                    actors, recips = recips, []
        if typ == "CONSULT" and trig.mode == "visit" and not is_noun and ts > 1 and toks[ts - 1].norm in _RELATIVES \
                and _visits.visit_with_object(ttok.text):
            # "وأكد بالاكريشنان، السبت، من بكين التي يزورها": the antecedent of a visit verb with its object pronoun is
            # the place visited; the main clause's subject is the visitor
            ante = next((g for g in groups if g["e"] == ts - 1), None)
            vis = next((g for g in groups if ante is not None and g["prep"] is None and cut <= g["s"] and g["e"] <= ante["s"]
                        and not all(x.kind in ("GPE", "LOC", "FAC") for x in g["m"])), None)
            if vis is not None and not set(vis["ids"]) & set(ante["ids"]):
                actors, recips = list(vis["ids"]), list(ante["ids"])
            elif ante is not None:
                actors, recips = [a for a in actors if a not in ante["ids"]], list(ante["ids"])  # (never the visitor)
        suf_own = next((x for x in ("هما", "هم", "ها", "ه") if ttok.text.endswith(x) and len(ttok.norm) - len(x) >= 3),
                       None) if typ not in PATIENT_GEN and ts > 1 and toks[ts - 1].norm.lstrip(
            "و") in _TIME_PREPS else None
        if suf_own is not None:
            # "وغادر بومبيو الرياض ... عقب لقائه العاهل السعودي"، "وصل المعلم إلى طهران غداة استقباله المبعوث الروسي":
            # the pronoun on a verbal noun (a noun: it follows a preposition) after a preposition of time is its doer, the clause's subject (not the
            # object or place named between them); the party right after the noun is the one met
            lo = cut if told is None else told + 1  # ("وقالت دوهيرتي إن ... تيلرسون أثار القضية خلال زيارته لتركيا")
            head = next((g for g in groups if g["prep"] is None and lo <= g["s"] <= lo + 3 and g["e"] <= ts
                         and not all(x.kind in ("LOC", "FAC") for x in g["m"])
                         and not _full_stop_between(text, toks, g["e"], ts)), None)
            pre = text[st.start:t0]
            q1 = _QUOTE_MARK.search(pre)
            if head is not None and (any(toks[k].norm in _RELATIVES for k in range(head["e"], ts)) or q1 is not None
                                     and (pre.count('"') % 2 or pre.count("»") > pre.count("«"))
                                     and toks[head["s"]].start < st.start + q1.start()):
                head = None  # "خاشقجي، الذي اختفى بعد زيارته للقنصلية": the relative clause's own subject; a name
                # inside a quote closed in this sentence but opened before it is not the narrative's subject
            if head is not None and _pronoun_fits([self._dp.by_id.get(i) or {} for i in head["ids"]], suf_own):
                actors = list(head["ids"])
                obj = next((g for g in after_r if g["s"] - te <= 1 and g["prep"] in (None, "مع", "ب", "ل")
                            and not set(g["ids"]) & set(actors)), None)
                recips = list(obj["ids"]) if obj is not None else [r for r in recips if r not in actors]
            elif head is None and typ == "CONSULT" and actors and any(
                    g["s"] - te <= 1 and g["prep"] is None and set(g["ids"]) & set(actors) for g in after_r):
                # "أوردت الوكالة مواقف خامنئي التي أدلى بها خلال استقباله وزير الأوقاف السوري": the party right after
                # the noun is the one met, never the owner of its pronoun; that is the nearest person before it in the
                # sentence the pronoun fits (none: the reading stays)
                own = next((g for g in groups[::-1] if cut <= g["s"] and g["e"] <= ts and g["prep"] is None and all(
                    (self._dp.by_id.get(i) or {}).get("type") == "PERSON" for i in g["ids"])
                            and _pronoun_fits([self._dp.by_id.get(i) or {} for i in g["ids"]], suf_own)
                            and not _full_stop_between(text, toks, g["e"], ts)), None)
                if own is not None and not set(own["ids"]) & set(actors):
                    obj = next(g for g in after_r if g["s"] - te <= 1 and g["prep"] is None and set(g["ids"]) & set(actors))
                    actors, recips = list(own["ids"]), list(obj["ids"])
        subj_at = after[0]["s"] if after and after[0]["prep"] is None else None
        if subj_at is not None and subj_at > te and (subj_at - te > 3 or any(
                toks[k].norm not in _REL_ASIDE for k in range(te, subj_at))):
            subj_at = None  # (only a time may stand between the verb and its subject)
        indef_rel = not is_noun and ts > 1 and subj_at is not None and ttok.norm[:1] not in "وف" \
            and _object_suffix(ttok.norm) is not None and _indefinite_antecedent(text, toks, ts)
        if not is_noun and ts > 1 and (toks[ts - 1].norm in _RELATIVES or indef_rel) and subj_at is not None \
                and not _STRONG.search(text, toks[te - 1].end, toks[subj_at].start) \
                and (not _numbered(toks, te, after[0]["s"]) or typ == "ASSAULT" and toks[ts - 1].norm in _RELATIVES and any(
                    g["e"] == ts - 1 and g["s"] >= cut and _strikes.person_noun([self._dp.by_id.get(i) or {} for i in g["ids"]])
                    for g in groups)):  # (s24attack: "بالمسلح الذي قتل ثلاثة أشخاص": a count after a person's verb is its object)
            # a verb opening a relative clause: with a pronoun of the antecedent on it ("قوات سوريا الديمقراطية التي
            # تدعمها الولايات المتحدة") the party after it is its subject and the antecedent its object; without one
            # ("التحالف الدولي الذي يدعم مقاتلين أكرادا") the antecedent is the subject and the party after it the object.
            # An indefinite antecedent takes its clause with no relative pronoun, the verb's pronoun its only mark
            # ("قس أميركي تحتجزه أنقرة")
            ante = next((g for g in groups if g["e"] == ts - 1 and g["s"] >= cut), None)
            w = ttok.norm
            if indef_rel and ante is None and not set(after[0]["ids"]) & set(actors):
                actors, recips = list(after[0]["ids"]), []  # (the antecedent no party: "مشروع قانون")
            if ante is None and typ == "ASSAULT" and _kidnap_verb(ttok.text) and w.endswith(("ها", "هم", "هن", "هما", "ه")):
                # "تلميذات المدرسة اللائي اختطفتهن ميليشيا": the antecedent with its genitive before the relative
                ante = next((g for g in groups if g["e"] == ts - 2 and g["s"] >= cut and g["prep"] is None
                             and _definite(toks[ts - 2].norm) and not any(h["s"] == ts - 2 for h in groups)), None)
            on_verb = len(w) > 4 and w.endswith(("ها", "هم", "هما", "هن")) or len(w) > 4 and w.endswith("ه") \
                and (not w.endswith("ته") or _object_suffix(w) is not None) and w not in VERB_FORMS \
                or toks[ts - 1].norm in _RELATIVES and _verb_with_object(w)  # (اتهمته: اتهمت + ه; الذي طرده)
            if not on_verb and toks[ts - 1].norm in _RELATIVES and _resumed_after(text, toks, after[0]["e"], toks[ts - 1].norm):
                on_verb = True  # "سوريا التي علقت جامعة الدول العربية عضويتها"، "الأشخاص الذين رفضت السلطات طلباتهم": the
                # antecedent's pronoun on the word right after the party that follows the verb makes that party the subject
            if ante is not None and not set(ante["ids"]) & set(after[0]["ids"]):
                if on_verb:
                    actors, recips = list(after[0]["ids"]), list(ante["ids"])
                elif not indef_rel and ante not in locs and (not all(x.kind == "NORP" for x in ante["m"]) or typ == "ASSAULT"
                                                             and _strikes.person_noun([self._dp.by_id.get(i) or {} for i in ante["ids"]])):
                    # (not after an adjective: "مدينة منبج السورية التي تهدد أنقرة بمهاجمتها"; but a person's noun is
                    # the one who harms: "على صلة بالمسلح الذي قتل ثلاثة أشخاص", s24attack)
                    actors, recips = list(ante["ids"]), list(after[0]["ids"])
        if ts > 1 and toks[ts - 1].norm == "عن" and typ in ("ACCUSE", "REJECT", "SUPPORT", "REQUEST", "CONCEDE"):
            # "وعبرت الجامعة العربية، في بيان صادر عن قطاع فلسطين، عن رفضها": the subject of the light verb (أعرب،
            # عبر، أبدى) holds the stance, not a party of an inserted phrase
            lv = next((k for k in range(ts - 2, max(-1, ts - 16), -1) if toks[k].norm.lstrip("وف") in _LIGHT
                       and not _full_stop_between(text, toks, k + 1, ts)), None)
            sg = next((g for g in groups if lv is not None and 0 < g["s"] - lv <= 3 and g["prep"] is None
                       and g["s"] >= cut), None)
            if sg is not None:
                actors = sg["ids"]
                recips = [r for r in recips if r not in actors]
        if typ in ("ACCUSE", "REJECT", "THREATEN", "REQUEST") and is_noun and ts > 1:
            # "القمة التي وجه ترامب خلالها انتقادات لاذعة لحلفائه"، "شن ترامب خلالها هجوما": the subject right after
            # a light verb of speaking (وجه، شن، أطلق، كال) is the one who criticises, even when a resumptive (خلالها)
            # stands between it and the noun
            lk = next((k for k in range(ts - 1, max(-1, ts - 6), -1) if toks[k].norm in _SPEECH_LIGHT
                       or toks[k].norm[:1] in "وف" and toks[k].norm[1:] in _SPEECH_LIGHT), None)
            lg = next((g for g in groups if lk is not None and g["s"] == lk + 1 and g["prep"] is None and g["e"] <= ts
                       and (g["e"] == ts or ts - g["e"] == 1 and toks[g["e"]].norm in _RESUMPTIVE)), None)
            if lg is not None:
                actors = list(lg["ids"])
                recips = [r for r in recips if r not in actors]
        iyya_void = False  # (a participle's إياه whose antecedent is no party: no target is taken from elsewhere)
        w0 = ttok.norm.lstrip("و")
        # "وهاجم الأسد مشاركة قوات عسكرية أمريكية وبريطانية في سوريا واصفا إياها بـ"الاستعمارية"": the participle of
        # describing (its root's و stripped with the conjunction above), a circumstantial participle as متهما is
        wasf = ttok.norm.startswith(("واصف", "وواصف")) and w0.endswith(("ا", "ين", "ه"))
        if typ in ("REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT", "CONCEDE") and not is_noun_arg(w0) and ts > 2 \
                and (wasf or w0.endswith(("ين", "ون")) and w0[:1] == "م" or w0.endswith("ا") and not w0.endswith("ها")
                     and w0[:1] in "مر" or  # (معارضتها, a noun with its owner, is no participle)
                     w0.endswith("ه") and w0[:1] == "م" and ttok.text.endswith("ة") and trig.mode != "investigate"
                     and not w0.endswith("اه") or  # مشيدة، متهمة، محذرة (not the nouns محاكمة، مقاضاة)
                     w0.startswith(("داعي", "نافي")) or w0 in _URGE_PARTS) and (_STRONG.search(text, toks[ts - 1].end, toks[ts].start) or (
                    # (no comma: "خطب روحاني في الحشود متهما الإدارة الأمريكية بالسعي": an accusative participle with
                    # its object right after it; not a passive one, "كان متهماً خلال حملته"، "124 شخصاً متهمين بأنهم")
                    ttok.text.rstrip("\u064b").endswith(("ا", "ين")) and (w0[:1] in "مد" or wasf)
                    and (after and after[0]["s"] == te and after[0]["prep"] is None
                         or wasf and _adverbs.iyya_suffix(toks, ts, te))
                    and toks[ts - 1].norm.lstrip("و") not in _COPULAS and not toks[ts - 1].text.endswith("ً"))):
            # "...، مطالبين الرئيس بالتنحي", "محذرا من", "مشيدة بجهود": a circumstantial participle; the main clause's
            # subject speaks (not a party named inside a quote), the object that follows is addressed; a verb of
            # saying with no subject of its own opening the sentence (وأضاف أن ...، منددا) goes on with its speaker
            main = [g for g in self._subjects_before(text, toks, groups, locs, cut, ts, quotes_spans, self._dp.by_id)
                    if not (g["s"] > 1 and _RELATIVES & {toks[g["s"] - 1].norm, toks[g["s"] - 2].norm})]
            # (not the subject of a relative clause: "القصر الرئاسي الذي بناه أردوغان")
            sv = next((k for k in range(cut, min(ts, cut + 2)) if toks[k].norm in self.lex.speech
                       or toks[k].norm[1:] in self.lex.speech), None)
            if sv is not None and _adverbs.impersonal(toks[sv].norm):
                sv = None  # "يذكر أن مجلس التعاون ...": nobody speaks
            if sv is not None:
                # "وأضاف قائلا إن الاحتلال يرتكب جرائم، مطالبا إسرائيل": a party of the speech told is no speaker
                main = [g for g in main if not _adverbs.in_content_clause(toks, sv + 1, g["s"], reported=True)]
            if sv is not None and sv + 1 < ts and (toks[sv + 1].norm in _NO_SUBJECT_NEXT or re.search(
                    r"[:،,\"«“]", text[toks[sv].end:toks[sv + 1].start])) and not any(g["s"] - sv <= 3 for g in main):
                sp = self._speaker_near(text, st, 0, sv + 1, last_actor)[0] or self._speaker_unless_medium(
                    st)  # ("وتابع بالقول إن ...، داعيا": the one who spoke before)
                main = [{"ids": [sp]}] if sp else []
            if not main:
                # no known subject before the participle ("وقال إينجه ... الذي بناه أردوغان ...، متهما حزب العدالة
                # والتنمية"): a party after it is its object, never its author
                actors = [a for a in actors if any(a in g["ids"] and g["e"] <= ts for g in groups)]
            if main:
                actors = main[0]["ids"]
                nx = [g for g in after if g["s"] - te <= 3 and g["prep"] in (None, "على", "إلى", "ل")]
                recips = nx[0]["ids"] if nx else recips
                iyya = _adverbs.iyya_suffix(toks, ts, te)
                if iyya:
                    # "أمرت ممثل منظمة هيومن رايتس ووتش بمغادرة البلاد، متهمة إياه بدعم مقاطعة ضد إسرائيل": إياه takes up
                    # the main clause's object, not a party named in the charge
                    m0e = main[0].get("e", cut)  # (a speaker from elsewhere has no place in this sentence)
                    obj = [g for g in groups if m0e <= g["s"] and g["e"] <= ts and g["prep"] != "في"
                           and g not in locs and not set(g["ids"]) & set(actors)
                           and not _adverbs.in_content_clause(toks, m0e, g["s"])
                           and g["s"] >= _adverbs.last_segment(text, toks, ts)]
                    if wasf:
                        # "نفى المتحدث الأنباء التي تحدثت عن قصف مناطق سورية من الأراضي الأردنية، واصفا إياها بـ"الكاذبة"":
                        # what is described is the object itself, not a party of the relative clause told of it
                        obj = [g for g in obj if not any(toks[k].norm in _RELATIVES for k in range(m0e, g["s"]))]
                    if len(obj) > 1:
                        # "مدينا عدم امتثال إيران لقرارات مجلس الأمن، وداعيا إياها": the party its pronoun fits
                        suf = iyya
                        rank = {True: 2, False: 1, None: 0}
                        fit = [rank[_pronoun_fits([self._dp.by_id.get(i) or {} for i in g["ids"]], suf)]
                               + (suf == "ها" and all((self._dp.by_id.get(i) or {}).get("type") == "GPE" for i in g["ids"]))
                               for g in obj]  # (a state before a court: "أحالت قطر خلافها مع الإمارات على المحكمة")
                        obj = [g for g, f in zip(obj, fit) if f == max(fit)]
                    recips = obj[-1]["ids"] if obj else []  # (not a party inside the charge: "متهما إياهم
                    # باستخدام المدنيين كدروع بشرية"; the pronoun's antecedent is no party)
                    iyya_void = not obj
        if ts == cut and st.i > 0 and typ in ("REQUEST", "THREATEN", "REJECT", "ACCUSE", "SUPPORT") \
                and _adverbs.opening_participle(text, toks, ts, st.start):
            # 'وتابع قائلا: "... اللجوء إلى القوة.." مطالبا السعودية بوقف': a participle cut off from its clause by
            # the end of a quote goes on with the one who spoke it; the party right after it is addressed
            sp = self._speaker_unless_medium(st)
            if sp:
                actors = [sp]
                nx = [g for g in after if g["s"] - te <= 1 and g["prep"] in (None, "ل", "الي", "علي") and sp not in g["ids"]]
                recips = list(nx[0]["ids"]) if nx else [r for r in recips if r != sp]
        if typ in ("REQUEST", "THREATEN") and st.i > 0 and ttok.norm.lstrip("وف") in _URGE_VERBS \
                and (ts == cut and ttok.norm[:1] in "وف" or ts == cut + 1 and toks[cut].norm in ("كما", "وكما")) \
                and after and after[0]["s"] == te and after[0]["prep"] is None and after[0]["e"] < len(toks) \
                and toks[after[0]["e"]].norm in ("علي", "بان", "ان") \
                and not _strong_between(text, toks, te, after[0]["e"]) \
                and not any(x.kind == "PERSON" for x in after[0]["m"]):
            # "وانتقد أردوغان الهجوم الإسرائيلي. كما حث الجيش الإسرائيلي على وقف ...": a verb of urging that opens its
            # sentence with its object right after it goes on with the one who spoke or acted in the sentence before
            # (not a party of its object; a person right after حث is mostly its subject: "وحث اللواء صلاح على")
            went_on = self._continued_speaker(st, ts, bare=True)
            if went_on and went_on not in after[0]["ids"]:
                actors, recips = [went_on], list(after[0]["ids"])
        if typ in _STATED_NOUN_TYPES and _owned_noun(ttok.text):
            # "أعربت سوريا عن إدانتها ...، مؤكدة تضامنها الكامل مع طهران"، "، معربا عن ترحيبه بـ": a noun of stance
            # after a participle of stating belongs to the main clause's subject (adverbs.py)
            pst = _adverbs.stating_participle(text, toks, ts)
            sg = self._participle_subject(text, toks, groups, locs, cut, pst, quotes_spans, self.lex.speech, self._dp.by_id) \
                if pst is not None else None
            if sg:
                actors = list(sg)
                recips = [r for r in recips if r not in actors]
        if typ in VERBAL_HEADS | {"ACCUSE"} and not is_noun and ttok.norm[:1] == "و" and ts > 3 \
                and text[toks[ts - 1].end:toks[ts].start].strip() in ("،", ","):
            # "وقالت المملكة إن ...، ودعت المجتمع الدولي": a verb coordinated after reported speech shares the
            # speaker as its subject
            sv = next((k for k in range(cut, min(ts, cut + 3)) if toks[k].norm in self.lex.speech
                       or toks[k].norm[1:] in self.lex.speech), None)  # (after a dateline: "دبي (CNN) – شدد ولايتي")
            sg = next((g for g in groups if sv is not None and g["s"] > sv and g["s"] - sv <= 2
                       and g["prep"] is None), None)
            speaker = sg["ids"] if sg is not None else None
            if speaker and not (subj is not None and subj["s"] > ts):
                actors = speaker
                recips = [r for r in recips if r not in actors]
        if trig.mode == "order":
            # (fallback_triggers.tsv REQUEST order) the one ordered is a bare party between the verb and the act ordered
            # after بـ, not a party of the act or of a clause after it ("أمر ملك الأردن عبدالله الثاني، رئيس الحكومة الجديد
            # بمراجعة مشروع قانون ضرائب الدخل، الذي فجر غضب المواطنين": not the citizens)
            jb = _ordered_act(text, toks, te, [(g["s"], g["e"]) for g in after], stop=False)
            jb = len(toks) if jb is None else jb
            recips = [r for r in recips if any(r in g["ids"] and g["prep"] is None and g["e"] <= jb for g in after)]
        if trig.mode == "ultimatum":
            actors, recips = self._ultimatum(text, toks, groups, st, ts, te, is_noun, actors, recips, cut)
        if typ == "THREATEN" and not is_noun and te < len(toks) and toks[te].norm[:1] == "ب" and (
                toks[te].norm[1:] in _ENDANGER or toks[te].norm[3:] in _ENDANGER or ts > 0 and toks[ts - 1].norm in (
                    "التي", "الذي") and not any(g["e"] == ts - 1 for g in groups)):
            return None  # "نزاع يهدد بانهيار الكتلة"، "التطورات التي تهدد بإسقاط": something endangers, nobody threatens
        if typ == "THREATEN" and te < len(toks) and toks[te].norm[:1] == "ب" and len(toks[te].norm) >= 4 \
                and not (after and after[0]["s"] == te) and recips:
            g0 = next((g for g in after if g["ids"] == recips), None)
            if g0 is not None and g0["s"] > te and (_civilians(g0, self._dp) or all(x.kind == "NORP" for x in g0["m"])
                                                     or g0["prep"] not in (None, "على", "ضد") or g0["s"] - te > 6 or any(
                    _full_stop_between(text, toks, te, g0["s"]) or toks[k].norm in ("من", "الي", "حمايه")
                    or k > te and toks[k].norm[:1] == "ل" and len(toks[k].norm) > 3  # بالثأر لمقتل الصماد
                    for k in range(te, g0["s"]))):
                recips = []  # "تهدد بمنع سفن إنقاذ المهاجرين": civilians inside the threatened act are not its target,
                # but the one to be struck or punished is (تهدد بقتل الأسد، بفرض عقوبات على المحكمة، بتدمير تل أبيب)
        if typ == "REJECT" and trig.mode != "deny" and ttok.norm in ("رفض", "برفض", "لرفض") and ts > 0 \
                and (ttok.norm != "رفض" or toks[ts - 1].norm in _NOUN_GOVERNORS):
            gen = next((g for g in after if g["prep"] is None and 0 <= g["s"] - te <= 1
                        and (g["s"] == te or not all(x.kind == "NORP" for x in g["m"]))
                        and not _strong_between(text, toks, te, g["s"])), None)
            # (not the adjective of the refused noun: "رفض التدخل الإيراني")
            if gen is not None and not set(gen["ids"]) & set(actors):
                # "عبر رفض نقاط جماعة الحوثي السماح بدخول مساعدات"، "بعد رفض إيران العرض": the verbal noun's genitive is
                # the one who refuses (not the speaker who tells of it); whom it refuses, the phrase does not name
                actors, recips = list(gen["ids"]), []
        if typ == "REJECT" and trig.mode != "deny" and recips and not is_noun:
            g0 = next((g for g in after if g["ids"] == recips), None)
            if g0 is not None and g0["s"] > te and g0["s"] - te <= 4 and toks[te].norm not in _ADMIT and all(
                    not ((self._dp.by_id.get(i) or {}).get("country") or (self._dp.by_id.get(i) or {}).get("wikidata")
                         or (self._dp.by_id.get(i) or {}).get("type") in ("GPE", "LOC", "PERSON"))
                    for i in g0["ids"]) and (_vn(toks[te].norm) or _if3al(toks[te].norm.lstrip("وف"))
                                             or len(toks[te].norm) == 5 and toks[te].norm[0] == "ت" and toks[te].norm[3] == "ي"):
                # (إرسال، تسليم، تجنيد: the refused act's verbal noun opens right after the verb)
                recips = []  # "رفضوا إرسال مقاتلين للانضمام إلى صفوفهم": people inside the refused act (its object,
                # unnamed; the act's verbal noun right after the verb) are no party it is addressed to
        if typ == "REQUEST" and recips:
            g0 = next((g for g in after if g["ids"] == recips), None)
            nounish = is_noun or ttok.norm[:1] in "بل" and len(ttok.norm) > 3 or ttok.norm.endswith("ا") and len(ttok.norm) > 3
            # ("تقدمت أنقرة بطلب رسمي إلى الحكومة الألمانية"، "قدمت طلبا إلى": the noun, not the verb طلب)
            invited = nounish and g0 is not None and toks[g0["s"] - 1].norm == "الي" and all(
                not _content_head(toks[k].norm, self.lex) or toks[k].norm == "الي" and k == g0["s"] - 1
                for k in range(te, g0["s"]))  # "وجه دعوة إلى الزعيم الكوري": إلى before a party names the invitee
            subject = {k for g in after if set(g["ids"]) & set(actors) for k in range(g["s"], g["e"])}
            urge = not is_noun and (ttok.norm in self.lex.untargeted["urge"] or ttok.norm[:1] in "وف"
                                    and ttok.norm[1:] in self.lex.untargeted["urge"])
            if g0 is not None and g0["s"] > te and not invited and any(
                    _content_head(toks[k].norm, self.lex) or urge and toks[k].norm == "علي" and _urged_on(toks, k, te, self.lex)
                    for k in range(te, g0["s"]) if k not in subject):
                # (s22request: على opens the act a verb of urging asks for, "وحث جميع الدول على التعاون مع حكومة
                # بوركينافاسو": the party inside it is not the one urged)
                # (the subject's own name between the verb and its object is no act: "وطالبت مفوضية الأمم المتحدة
                # لشؤون اللاجئين السلطات الليبية")
                # "تهدد بمنع سفن إنقاذ المهاجرين"، "وطالبت الأسر في المذكرة بالإطلاق الفوري لسراح المعتقلين"، "دعا إلى
                # الإفراج عن": parties inside the demanded or threatened act are not its addressee
                recips = []
        if typ == "THREATEN" and recips and ttok.norm.lstrip("وف").startswith(("حذر", "تحذير", "محذر", "يحذر", "تحذر", "نحذر")):
            # a warning is addressed to its direct object (حذرت ساندرز إيران من ...); what it warns of (من خطر مواجهة
            # ... بعد قرار ترمب) names no addressee
            g0 = next((g for g in after if g["ids"] == recips), None)
            lead = subj["e"] if subj is not None and subj["s"] >= te else te
            gap = text[toks[lead - 1].end:toks[g0["s"]].start].strip() if g0 is not None and g0["s"] > lead else ""
            apposed = gap[:1] in ("،", ",") and gap[-1:] in ("،", ",") and g0["s"] - lead <= 10  # ، المتحدثة باسم ...،
            to = is_noun and g0 is not None and g0["prep"] == "إلى" and g0["s"] - lead <= 2  # "وجه ترامب تحذيرا إلى
            # روسيا"، "بعث تحذيرا إلى طهران": a warning noun is sent to its addressee
            if g0 is not None and not to and not ((g0["s"] - lead <= 1 or apposed) and g0["prep"] in (None, "ل")):
                recips = []
            if not recips:
                recips = _appeals.warned_party(text, toks, after, subj, te, actors)
        if typ in ("THREATEN", "REQUEST") and not is_noun and (
                adj := _appeals.object_after_adjunct(self, text, toks, groups, subj, ts, te, actors, typ)):
            recips = [r for r in adj if r not in actors]
        on = None
        if typ == "THREATEN" and actors and not is_noun:
            # the party a threatened sanction falls on, before any condition: "هددت بفرض مزيد من العقوبات على أنقرة
            # في حال لم تطلق سراح برانسون" (Ankara threatened, not the one it holds; s24prodrop)
            m2 = next((x for x in st.trigs if x.value.type == "SANCTION" and te <= x.start_tok <= te + 1
                       and toks[x.start_tok].norm[:1] == "ب"), None)
            on = m2 and next((g for g in groups if g["prep"] == "على" and 0 <= g["s"] - m2.end_tok <= 5
                              and not set(g["ids"]) & set(actors)
                              and not _strong_between(text, toks, m2.end_tok, g["s"])), None)
            if on:
                recips = list(on["ids"])
        if typ == "THREATEN" and not on:
            # "هدد ... بمنع السفن في حال رفضت مالطا": the party whose refusal is the condition is threatened
            for k in range(te, min(len(toks), te + 25)):
                if _full_stop_between(text, toks, te, k):
                    break
                w = toks[k].norm
                if w in ("اذا", "واذا", "حال", "لم", "مالم") or (w == "ما" and k + 1 < len(toks) and toks[k + 1].norm == "لم"):
                    cond = next((g for g in after if 0 < g["s"] - k <= 4 and g["prep"] is None
                                 and not set(g["ids"]) & set(actors)), None)
                    if cond is not None:
                        recips = cond["ids"]
                    break
        if typ == "PROTEST" and is_noun and not own and after and after[0]["prep"] == "ل" and (
                after[0]["s"] == te or after[0]["s"] == te + 1 and not _strong_between(text, toks, te, te + 1)
                and toks[te].norm.lstrip("ال").startswith(_PROTEST_ADJ)) \
                and not _official(after[0], self._dp):
            # "تظاهرة احتجاجية للمعارضة"، "مسيرة لأنصار الحزب": the protest of someone (not "مظاهرة مؤيدة للحكومة")
            actors = after[0]["ids"]
            recips = []
        if typ == "PROTEST" and is_noun and ts > cut + 2 and (toks[ts - 1].norm.lstrip("و") == "في" or ttok.norm.lstrip(
                "و").startswith(_PURPOSE_WORDS)) and not any(g["s"] == cut for g in groups):
            # "رافق العشرات من قضاة المحكمة العليا رئيسة المحكمة ... في تظاهرة غير مسبوقة احتجاجا على"، "خرج الآلاف من
            # الأردنيين في مسيرات": the protest the clause's act is done in is its subject's, a crowd counted after
            # the verb that opens the sentence
            cg = self._counted_crowd(text, st, groups, cut + 1)
            if cg is not None and cg["e"] <= ts and not _full_stop_between(text, toks, cg["e"], ts):
                actors = list(cg["ids"])
                where = {i for g in groups if g["prep"] == "في" and g["e"] <= ts for i in g["ids"]}
                recips = [r for r in recips if r not in actors and r not in where]  # (the place they march in, "في غزة")
                occasion = True
        if typ == "PROTEST" and not is_noun and not (svo and actors):
            # (the count after the verb is its subject, not a party of the clause before: "واعتقل المعارض ... فيما احتشد
            # عدد كبير من المواطنين")
            cg = self._counted_crowd(text, st, groups, te)
            if cg is not None:
                actors = list(cg["ids"])
                recips = [r for r in recips if r not in actors]
                occasion = True  # the verb opens its clause with its crowd after it: a protest told as one
        if typ == "PROTEST" and not recips:
            # the purpose phrase: تنديدا ب / احتجاجا على / رفضا ل
            for m2 in st.trigs:
                if m2.start_tok >= te and m2.value.type in ("ACCUSE", "PROTEST", "REJECT", "REQUEST"):
                    nxt = [g for g in after if g["s"] >= m2.end_tok and g["s"] - m2.end_tok <= 3]
                    if nxt:
                        recips = nxt[0]["ids"]
                        break
        if typ == "PROTEST" and is_noun and ts > 0 and ttok.norm.lstrip("و").startswith(_PROTEST_NOUNS) and (
                toks[ts - 1].norm in ("وسط", "ووسط") or any(
                toks[k].norm.lstrip("و").startswith(("رافق", "ترافق", "يرافق", "تخلل", "يتخلل", "تزامن"))
                and not _strong_between(text, toks, k + 1, ts) for k in range(max(0, ts - 8), ts))):
            # "وصل ترامب إلى لندن وسط احتجاجات"، "رافقت زيارة الرئيس احتجاجات": the protests greet the visitor (or
            # the subject of the occasion); the visitor is never one of the protesters
            visit = next((e for e in self._recent_events[::-1] if e["_sent"] == st.i and e["type"] == "CONSULT"
                          and e["actors"]), None)
            host = visit["actors"][:1] if visit is not None else next(
                (g["ids"] for g in groups if g["prep"] is None and cut <= g["s"] <= cut + 3 and g["e"] <= ts
                 and g not in locs and all(x.kind in ("PERSON", "GPE") for x in g["m"])), [])  # the clause's subject
            actors = [a for a in actors if a not in host]
            if not actors and (ag := next((g for g in after_r if g["prep"] == "ضد" and g["s"] - te <= 2
                                           and not _strong_between(text, toks, te, g["s"])), None)) is not None:
                # "ورافقت الزيارة احتجاجات ضد ولي العهد السعودي"، "يقيم حفلا وسط احتجاجات ضد سلوكه": protests against a
                # named party that accompany an occasion took place; their crowd is implied (of the country where
                # they are, when a place is named), the party after ضد their target
                actors = [self._implied_crowd(_country_after(text, toks, [g for g in locs if g["s"] < ag["s"]], ts))]
                recips = list(ag["ids"])
                occasion = True
            if host and not recips:
                recips = list(host)
        if typ in ("MOBILIZE", "AID", "COOPERATE") and (is_noun or _vn(ttok.norm)) and after \
                and after[0]["s"] == te and after[0]["prep"] is None and all(
                    x.kind == "GPE" or x.kind == "ORG" and x.country for x in after[0]["m"]) \
                and not (object_gen and not ttok.norm.lstrip("وف").startswith("بمساعد")):
            # "يؤكد إرسال فرنسا جنودا": the state after a verbal noun sends (not the one who reports it); forces or
            # weapons after it ("إرسال مقاتلات") are what is sent. Not the genitive of a noun of an act done TO a party
            # (تسليم، تزويد، مساعدة): "أعلنت موسكو تسليم الجيش السوري صواريخ" -- Moscow, the governing verb's
            # subject, delivers; the Syrian army receives ("رحبت بمساعدة روسيا": with Russia's help, Russia helps)
            actors = after[0]["ids"]
            recips = [r for r in recips if r not in actors]
        if typ == "MOBILIZE" and recips:
            # "أرسل الجيش السوري تعزيزات إلى درعا": where forces are sent is the place of the act, not a target
            dest = [g for g in after if g["ids"] == recips and g["prep"] in ("إلى", "ل", "نحو")
                    and all(x.kind in ("GPE", "LOC", "FAC") for x in g["m"])]
            if dest:
                loc = dest[0]["ids"][0]
                recips = []
        if typ == "MOBILIZE" and recips:
            # "إرسال تعزيزات من قوات الأمن"، "نشر مقاتلات": forces (of the actor's own side, or of nobody named) are
            # what is sent, never the target
            own_c = {(self._dp.by_id.get(i) or {}).get("country") for i in actors} - {None}
            if all((self._dp.by_id.get(i) or {}).get("sector") in ("MIL", "COP") and (self._dp.by_id.get(i) or {}).get(
                    "country") in own_c | {None} for i in recips):
                recips = []
        if typ in ("ASSAULT", "COERCE", "SANCTION"):
            # ("العقوبات الأمريكية على إيران": sanctions too are named by their author's nationality)
            agent = next((g for g in after if typ != "SANCTION" and g["s"] >= 1 and (
                toks[g["s"] - 1].norm in AGENT_MARKS or _strikes.headed_agent(toks, g["s"], AGENT_MARKS)
                or g["s"] >= 2 and g["prep"] is None
                and toks[g["s"] - 1].norm in WEAPON_OWNED and toks[g["s"] - 2].norm.lstrip("و") in CAUSE_PREPS
                and not all(x.kind in ("GPE", "LOC", "FAC") for x in g["m"]) or g["s"] >= 2 and
                (toks[g["s"] - 2].norm, toks[g["s"] - 1].norm) in (("علي", "يد"), ("من", "قبل"), ("علي", "ايدي"), ("من", "جانب")))), None)
            if agent is not None and (agent["s"] - te <= 6 or agent["s"] - te <= 11 and (_strikes.harm_series(
                    text, toks, ts, te, agent["s"]) or toks[agent["s"] - 1].norm in WEAPON_OWNED
                    and toks[agent["s"] - 2].norm.lstrip("و") in CAUSE_PREPS and not _strong_between(text, toks, te, agent["s"]))):
                # ("قتل شخص وأصيب اثنان آخران بجروح من جراء إطلاق ميليشيات الحوثي الرصاص": the cause told after the
                # harm named by a weapon or its firing and its owner is the harm's agent, also past a second harm)
                # "أصيب العشرات برصاص الجيش الإسرائيلي": the agent is marked, the subject suffered
                civ = [g for g in groups if g["prep"] is None and g["s"] >= cut and g["e"] <= ts and g not in before
                       and all((x.sector or "") == "CVL" and x.kind != "PERSON" for x in g["m"])
                       and not _sourced(toks, g["s"])
                       and not (g["s"] > 0 and (toks[g["s"] - 1].norm in ("عن", "وعن") or toks[g["s"] - 1].norm in self.lex.speech
                                                or toks[g["s"] - 1].norm[1:] in self.lex.speech))
                       and not _full_stop_between(text, toks, g["e"], ts)]
                # (the civilians told before the verb suffered: "أفادت تقارير بأن 250 شخصا قتلوا جراء قصف القوات")
                victims = [g for g in sorted(before + civ, key=lambda g: g["s"]) + after
                           if g is not agent and g["prep"] is None]
                actors, marked = agent["ids"], True
                # "تصعيد عسكري من جانب الجيش الإسرائيلي ضد غزة": an act noun's target after ضد / على next to its agent
                tg = next((g for g in after if g["prep"] in ("ضد", "على") and 0 <= g["s"] - agent["e"] <= 1
                           and not set(g["ids"]) & set(agent["ids"])), None)
                recips = tg["ids"] if tg is not None else \
                    victims[-1]["ids"] if victims and victims[-1]["e"] <= agent["s"] else \
                    harmed["ids"] if harmed is not None and harmed["s"] != agent["s"] else recips
            elif typ != "SANCTION" and is_noun and after and (after[0]["s"] - te <= 1 and after[0]["prep"] == "ل" or (
                    after[0]["s"] - te == 1 and toks[te].norm[:1] == "ل" and toks[te].norm[1:] in _INSTRUMENTS)):
                # "هجوما صاروخيا لفصائل المعارضة": the attack of someone ("بغارة لطائرات التحالف": of its aircraft)
                actors, marked = after[0]["ids"], True
                victims = [g for g in before if g["prep"] is None and _civilians(g, self._dp)]
                recips = harmed["ids"] if harmed is not None else victims[-1]["ids"] if victims else []
            elif (is_noun or _is_noun(toks[te - 1].norm) or toks[te - 1].norm.endswith("ات")) and after \
                    and (after[0]["s"] == te or after[0]["s"] == te + 1 and toks[te].norm.startswith("ال")) \
                    and (typ != "SANCTION" or te - ts == 1) \
                    and all(self._nationality(toks, x) or typ == "ASSAULT" and _movement_adjective(toks, x)
                            for x in after[0]["m"]):
                # "الغارات الأمريكية"، "الهجوم التركي": the nationality adjective names the attacker (a movement's:
                # "القصف الحوثي")
                k, end = 0, after[0]["e"]
                actors = list(after[0]["ids"])
                while k + 1 < len(after) and after[k + 1]["s"] == end and after[k + 1]["prep"] is None \
                        and all(self._nationality(toks, x) for x in after[k + 1]["m"]):
                    k += 1  # "الأمريكية الفرنسية البريطانية"
                    actors += after[k]["ids"]
                    end = after[k]["e"]
                nxt = [g for g in after[k + 1:] if g["prep"] in ("على", "ضد", None) and g["s"] - end <= 4]
                recips = nxt[0]["ids"] if nxt else []
        rel = next((k for k in range(te, min(len(toks), te + 3)) if (toks[k].norm in _LAUNCHED or toks[k].norm in _DEALT
                    and toks[ts].norm.lstrip("وبل").removeprefix("ال").startswith("ضرب"))
                    and not _strong_between(text, toks, te, k)), None)
        if rel is None and typ == "ASSAULT" and is_noun and (dk := _doer_rel(text, toks, te, groups)) is not None:
            rel = dk - 1  # "القصف المدفعي الذي قام به نظام بشار الأسد": the doer after قام به, as after شنه
        if rel is None and typ == "ASSAULT" and is_noun:
            rel = _rel_past_aside(text, toks, te)  # (past a comma, a day or a second attack noun)
        placed = []  # (the struck place after the authors a relative clause names: _rel_struck_place)
        far = None  # a resumptive launch joined by و after the noun's first relative clause (below)
        if typ == "ASSAULT" and rel is None and is_noun:
            far = _far_resumptive(text, toks, te)
            if far is not None:
                # "للهجوم الكيماوي الذي شهدته مدينة دوما في الغوطة الشرقية مساء السبت، ونفذه النظام السوري": the
                # second relative clause names the attacker; the place the first one names was struck
                ag = next((g for g in after if g["s"] > far and g["s"] - far <= 4 and g["prep"] is None), None)
                if ag is not None:
                    actors, marked = ag["ids"], True
                    recips = next((g["ids"] for g in after if te < g["s"] < far and g["prep"] in (None, "في") and all(
                        x.kind in ("GPE", "LOC") for x in g["m"]) and not set(g["ids"]) & set(actors)), [])
        if typ == "ASSAULT" and rel is not None:
            # "في هجوم شنته طائرة بلا طيار أمريكية": the relative clause names the attacker
            ag = next((g for g in after if g["s"] > rel and g["s"] - rel <= 8 and (g["prep"] is None or g["prep"] == "ل" and
                       toks[g["s"] - 1].norm in ("تابعه", "التابعه", "تابع", "التابع", "تابعتين", "تابعين"))), None)
            # ("شنته طائرة بلا طيار تابعة للولايات المتحدة": the owner of the weapon)
            if ag is not None and (mg := next((g for g in after if g["prep"] == "مع" and g["s"] == ag["e"]
                                               and not _CLASH_WORDS.match(toks[ts].norm.lstrip("وفبل").removeprefix("ال"))
                                               and not _strong_between(text, toks, ag["e"] - 1, g["s"])), None)):
                ag = dict(ag, ids=list(ag["ids"]) + [i for i in mg["ids"] if i not in ag["ids"]], e=mg["e"])
                # "الضربات التي نفذتها الولايات المتحدة مع فرنسا وبريطانيا في محيط دمشق": co-launchers (_co_actors)
            if ag is not None:
                actors, marked = ag["ids"], True
                victims = [g for g in before if g["prep"] is None and not set(g["ids"]) & set(actors)]
                if harmed is not None and not set(harmed["ids"]) & set(actors):
                    victims = [harmed]  # "قتل ثلاثة مدنيين جراء غارة شنها الجيش": those killed (civilians too)
                recips = victims[0]["ids"] if victims else [r for r in recips if r not in actors]
                placed = self._rel_struck_place(text, toks, groups, ts, ag, harmed) or self._rel_site_place(
                    text, toks, groups, ts, ag, harmed)
                recips = placed or recips
                if not placed and harmed is None and (aimed := self._rel_target(text, toks, groups, ag, actors)):
                    recips = aimed  # "العملية العسكرية التي يشنها الجيش على البلدة ضد الوحدات الكردية"
                if not placed and toks[ts].norm.lstrip("وبل").removeprefix("ال") in _MISSILES:
                    # "اعترضت الدفاعات السعودية صاروخا أطلقته الميليشيا الحوثية باتجاه الأراضي السعودية": where it
                    # was aimed, not who intercepted it
                    recips = self._aimed_place(text, toks, groups, ts, te, actors) or (
                        recips if harmed is not None else [])  # (not "إن إيران هي مصدر الصواريخ التي تطلقها")
        if is_noun and typ in ("AID", "SUPPORT", "SANCTION", "REQUEST", "COERCE", "THREATEN"):
            gv = next((k for k in range(te, min(len(toks) - 1, te + 3)) if toks[k].norm in ("الذي", "التي")
                       and (toks[k + 1].norm in _GIVE_REL or toks[k + 1].norm.lstrip("و") in _GIVE_REL)
                       and not _strong_between(text, toks, te, k)), None)
            # (a verb whose root opens with و keeps it: "التهديدات التي وجهتها واشنطن إلى بكين")
            if gv is None:
                # an indefinite noun takes its relative clause with no pronoun: "ردا على عقوبات مماثلة فرضها الرئيس
                # الأمريكي، دونالد ترامب، ضد وزيرين تركيين"، "تعاني إيران من عقوبات فرضتها الولايات المتحدة"
                gv = next((k - 1 for k in range(te, min(len(toks) - 1, te + 2)) if toks[k].norm in _GIVE_REL
                           and not toks[ts].norm.lstrip("وفبل").startswith("ال") and not _strong_between(text, toks, te, k)),
                          None)
            ag = next((g for g in after if gv is not None and g["s"] == gv + 2 and g["prep"] is None), None)
            if ag is not None:
                # "الدعم العسكري الذي يقدمه حزب الله لجبهة البوليساريو"، "العقوبات التي فرضتها واشنطن على طهران": the
                # relative clause names who gives or imposes it and, after لـ / إلى / على, to whom
                # (only the givers before a لـ-word: "الدعم الذي تقدمه إيران للإرهاب والميليشيات" is Iran's)
                actors = list(dict.fromkeys(x.eid for x in ag["m"] if not any(
                    toks[j].norm[:1] == "ل" and len(toks[j].norm) > 3 for j in range(gv + 2, x.s))))
                to = next((g for g in after if g["s"] >= ag["s"] and g["prep"] in ("ل", "إلى", "على", "ضد")
                           and g["s"] - ag["e"] <= 2 and not set(g["ids"]) & set(actors)), None)
                recips = list(to["ids"]) if to is not None else []
        claim = next((k for k in range(te, min(len(toks), te + 3)) if toks[k].norm in CLAIM), None)
        if claim is not None and typ == "ASSAULT":
            cl = [g for g in groups if g["s"] > claim and g["s"] - claim <= 3]
            if cl:
                victims = [g for g in before if g["prep"] is None]
                actors = cl[0]["ids"]
                recips = victims[-1]["ids"] if victims else [r for r in recips if r not in actors]
        dk_held = False  # (a relative clause named who held the act: _doer_rel)
        if is_noun and typ != "ASSAULT" and rel is None and (dk := _doer_rel(text, toks, te, groups)) is not None:
            # "المحادثات التي أجراها وزير الخارجية الأميركي مايك بومبيو في بيونغ يانغ"، "الاعتقالات التي تقوم بها
            # السعودية ضد ناشطي حقوق الإنسان"، "المشاورات التي أجراها مع قادة الأحزاب": the relative clause names who
            # did the act (its subject after the light verb); a مع-partner or a target after it is the other side
            ag = next((g for g in after if dk <= g["s"] <= dk + 1 and g["prep"] is None
                       and not _full_stop_between(text, toks, te, g["s"])), None)
            if ag is not None:
                actors, dk_held = list(ag["ids"]), True
                to = next((g for g in after if ag["e"] <= g["s"] <= ag["e"] + 4 and not set(g["ids"]) & set(actors)
                           and (g["prep"] == "مع" if typ in SYMMETRIC or typ in ("CONSULT", "COOPERATE")
                                else g["prep"] in ("ل", "إلى", "على", "ضد", "مع"))
                           and not _full_stop_between(text, toks, te, g["s"])), None)
                recips = list(to["ids"]) if to is not None else [r for r in recips if r not in actors
                                                                 and not any(r in g["ids"] for g in after if g["s"] >= te)]
        if resumptive and not svo:
            lo = cut if told is None else told + 1  # (the told clause's own subject: "أعلنت الرئاسة أن وفدا ... يلتقي خلالها")
            head = next((g for g in groups if g["prep"] is None and lo <= g["s"] <= lo + 3 and g["e"] <= ts), None) \
                or next((g for g in before[::-1] if g["prep"] is None and g["s"] >= lo), None)
            obj = next((g for g in after_r if g["s"] - te <= 3), None)
            actors = head["ids"] if head is not None else []
            recips = obj["ids"] if obj is not None else []
        w1v = ttok.norm[1:] if ttok.norm[:1] in "وف" and len(ttok.norm) > 3 else ttok.norm
        comma_coord = ts > 1 and (
            toks[ts - 1].norm in ("كما", "وكما") and text[toks[ts - 2].end:toks[ts - 1].start].strip(' "»”\u00a0') in ("،", ",")
            or ttok.norm[:1] == "و" and text[toks[ts - 1].end:ttok.start].strip(' "»”\u00a0') in ("،", ","))
        # (a quote closing before the comma: "... للإرهاب"، كما رحب)
        # "تجدد دولة قطر رفضها لأية هجمات ... وتدعو المجتمع الدولي ... كما تدعو جميع الأطراف": a verb joined by و or
        # كما to an act already told in the sentence, with no comma, continues the same clause chain
        chain_coord = not comma_coord and ts > 1 and not is_noun and typ in VERBAL_HEADS | REACTION and (
            toks[ts - 1].norm in ("كما", "وكما") or ttok.norm[:1] == "و") \
            and not _strong_between(text, toks, ts - 1, ts) \
            and any(e["_sent"] == st.i and e["actors"] and e["trigger"]["end"] <= toks[ts - 1].end
                    and not _full_stop_between(text, toks, 1, ts)
                    for e in self._recent_events) \
            and not (len(w1v) == 3 and _nominal_trigger(toks[next((m2.start_tok for m2 in st.trigs[::-1]
                                                                   if m2.end_tok <= ts), ts)].text))
        # ("بقتل الشعب اليمني ورفض جميع المبادرات": a bare past after a verbal noun is another verbal noun)
        coord_verb = not is_noun and (w1v in VERB_FORMS or w1v in ("دعا", "دعت", "دعوا", "دعتا")) and not passive \
            and (comma_coord or chain_coord)  # a verb coordinated after a comma or a chain of verbs
        if coord_verb and (subj is None or chain_coord and self._addressee_only(subj)):
            # "تعهد المبعوث الأمريكي ... بالعمل مع الخرطوم ...، كما رحب بقرارها": a verb coordinated after a comma
            # without a subject of its own shares the subject of the sentence's first verb
            head = next((g for g in groups if g["prep"] is None and cut <= g["s"] <= cut + 3 and g["e"] <= ts
                         and not (g["s"] > 0 and toks[g["s"] - 1].norm in self.lex.speech)), None)
            if head is not None and head["s"] > cut:
                actors = head["ids"]
                recips = [r for r in recips if r not in actors]
        if coord_verb and actors and typ in VERBAL_HEADS | REACTION:
            # "وطالب الجزائر بتحمل مسؤولياتها، وهدد بأن ...": the party taken as the subject of a verb coordinated
            # after another verb of the sentence, right after that verb, is its object (that verb's subject told
            # before the sentence or before it): the coordinated verb shares that verb's actor
            obj = next((g for g in groups if set(g["ids"]) == set(actors) and g["e"] <= ts), None)
            first = obj and next((e for e in self._recent_events if e["_sent"] == st.i and e["actors"]
                          and set(obj["ids"]) <= set(e["recipients"]) and not set(obj["ids"]) & set(e["actors"])
                          and e["trigger"]["end"] <= toks[obj["s"]].start
                          and not text[e["trigger"]["end"]:toks[obj["s"]].start].strip(' "«»“”\u00a0')), None)
            if first is not None:
                actors = list(first["actors"])
                recips = [r for r in recips if r not in actors]
        coord_head = False
        sjc = subj if subj is not None or typ != "ACCUSE" else undergone  # (واتهمت فرنسا بإعطاء: read as accused)
        if typ in ("REQUEST", "ACCUSE") and not is_noun and sjc is not None and sjc["s"] == te \
                and (comma_coord or chain_coord) \
                and not all(x.kind == "PERSON" for x in sjc["m"]) and sjc["e"] < len(toks) and (
                    typ == "REQUEST" and toks[sjc["e"]].norm in ("علي", "الي")
                    or typ == "ACCUSE" and (toks[sjc["e"]].norm[:1] in "بل" and len(toks[sjc["e"]].norm) > 3
                                            or toks[sjc["e"]].norm in ("بسبب", "علي", "لانه", "لانها", "لانهم"))):
            # ("...، كما انتقد برلمان كوريا الجنوبية لإجرائه محادثات": the reason after the noun, لـ or بسبب, marks it as
            # the one criticised)
            # (not "وهددت روسيا بالرد"، "وطالب ترامب بإلغائه": there the noun is the subject of a new clause)
            # "...، وحث أنقرة على"، "...، واتهم واشنطن بالوقوف خلف": a verb coordinated after a comma whose noun is
            # followed by the demanded act or the charge: that noun is the addressee, the sentence's subject acts
            head = next((g for g in groups if g["prep"] is None and cut <= g["s"] <= cut + 3 and g["e"] <= ts
                         and not set(g["ids"]) & set(sjc["ids"])), None)
            prev = next((e for e in self._recent_events[::-1] if e["_sent"] == st.i and e["actors"]
                         and e["type"] in VERBAL_HEADS | REACTION and not set(e["actors"]) & set(sjc["ids"])), None)
            if head is not None:
                actors, recips = head["ids"], sjc["ids"]
                coord_head = True
            elif prev is not None:
                actors, recips = list(prev["actors"]), sjc["ids"]  # (the first verb's subject, a name not known)
                coord_head = True
        if "@visit" in trig.need:
            # "وصل الأمير وليام نجل ولي العهد البريطاني الأحد إلى الأردن": the visitor right after the verb, the host
            # where he arrives (not the apposition)
            vis = next((g for g in after if g["prep"] is None and self._adjacent(toks, te, g["s"])), None)
            host = next((g for g in after if g["prep"] in ("إلى", "ل") and vis is not None and g["s"] >= vis["e"]
                         and any(x.kind in ("GPE", "NORP") for x in g["m"])
                         or g["prep"] is None and vis is not None and g["s"] > vis["e"] and g["s"] > 1
                         and toks[g["s"] - 1].norm in ("العاصمه", "عاصمه")), None)
            if vis is not None and host is not None:
                actors, recips = vis["ids"], [i for i in host["ids"] if i not in vis["ids"]]
        if typ == "ACCUSE" and "@wide" in trig.need and not is_noun:
            ev_args = self._evaluative_args(text, toks, groups, st, te, trig, locs, cut)
            if ev_args is not None:
                actors, recips = ev_args
        if typ in REACTION and actors:
            # "انتقد بنس سرقة التكنولوجيا الأمريكية من قبل الصين"، "رحب بالجهود المبذولة من قبل قطر": the agent of the act
            # reacted to, marked by من قبل, is the target (not a party inside the act's own noun phrase)
            ag = next((g for g in after if g["prep"] == "من قبل" and g["s"] - te <= 10 and not set(g["ids"]) & set(actors)
                       and not _full_stop_between(text, toks, te, g["s"])
                       and not any(te <= m2.start_tok < g["s"] and m2.value.type in REACTION | VERBAL_HEADS
                                   for m2 in st.trigs)), None)
            if ag is not None:
                recips = list(ag["ids"])
        if not recips and typ in REACTION and actors and te < len(toks) and not is_noun and not ttok.norm.endswith("ا"):
            # "رحب بقرارها": the owner of the decision (the last other party before the trigger) is its target
            k = next((k for k in range(te, min(len(toks), te + 2)) if toks[k].norm[:1] in "بل"
                      and toks[k].norm.endswith(("ها", "ه", "هم", "هما")) and len(toks[k].norm) > 5), None)
            if k is not None:
                own = {(self._dp.by_id.get(i) or {}).get("country") for i in actors} - {None}
                prior = [g for g in groups if g["e"] <= ts and g not in locs and not set(g["ids"]) & set(actors)
                         and g["s"] >= cut and not {(self._dp.by_id.get(i) or {}).get("country") for i in g["ids"]} & own]
                if prior:
                    recips = prior[-1]["ids"]
        unnamed_owner = iyya_void
        if typ == "SUPPORT" and not is_noun and actors and trig.mode != "refuse" and not _stance_noun(toks, ts) \
                and (ttok.norm.lstrip("وف")[:1] not in "بل" or ttok.norm.lstrip("وف") in VERB_FORMS) \
                and any(r in VERB_FORMS for r in readings(ttok.norm.lstrip("وف"))):
            sj = subj
            if subj is not None and subj["s"] >= te and set(subj["ids"]) <= set(actors):
                # "رحب رئيس الوزراء اليوناني أليكسيس تسيبراس ونظيره المقدوني زوران زاييف بـ": a counterpart joined by
                # و and an office is a second subject, not the one welcomed
                co = next((g for g in groups if g["prep"] is None and subj["e"] < g["s"] <= subj["e"] + 3
                           and toks[subj["e"]].norm[:1] == "و" and _title_word(toks[subj["e"]].norm)
                           and all(toks[x].norm[:2] == "ال" for x in range(subj["e"] + 1, g["s"]))
                           and not _strong_between(text, toks, subj["e"], g["s"])), None)
                if co is not None:
                    actors = list(dict.fromkeys(actors + co["ids"]))
                    sj = dict(subj, e=co["e"], ids=actors)
            owner = self._welcomed_owner(text, toks, groups, ts, te, sj, actors, st)
            ak = self._owner_k
            if ak is not None and len(actors) > 1 and any(m2.start_tok == ak and m2.value.type == "AGREE"
                                                         for m2 in st.trigs):
                # "رحب تسيبراس ونظيره زاييف بالتوصل إلى اتفاق تاريخي": the welcomers welcome their own agreement;
                # the agreement is the act told (factual, between them), the welcome is no support of anyone
                self._own_agree = (st.i, ak, list(actors))
                return None
            if owner is not None:
                # "رحب بوتين بمقترح ترامب"، "البحرين ترحب بتصنيف واشنطن"، "ميركل ترحب بلقاء بين ترمب وبوتين": the one
                # welcomed is the doer or owner of the welcomed act, not a party named deeper inside it ("يؤيد إعادة
                # إطلاق مفاوضات الصحراء الغربية": a topic; "تشيد بقرار الدول الراعية للاتفاق ... مقاومة للولايات
                # المتحدة": another clause)
                recips = [r for r in owner if r not in actors]
                unnamed_owner = owner is _UNNAMED or bool(owner) and not recips  # (an owner that is the actor: a misread
                # subject; no other party stands in)
        claimant = []
        if typ == "REJECT" and actors and not is_noun and not negated and _claims.claim_again(
                text, toks, te, lambda a, b: _full_stop_between(text, toks, a, b)) is not None:
            # "قالت منظمة العفو الدولية إن مسلحين ... ارتكبوا مجزرة ... لكن الجماعة نفت ذلك"، "فيما تحدثت الخوذ البيضاء عن
            # قصف بغازات سامة. لكن دمشق نفت هذه المعلومات": a denial of a claim named again rejects the claim's author,
            # the speaker told last, even where the claim got no event of its own (claims.py)
            # (a denial's parties after the verb are what is denied; the deny reading below takes the claimant then)
            # (an accusation coded against the denier comes first: "فتحت الهيئة تحقيقا بحق الصحافية ... ورفضت الرفاعي
            # هذه الاتهامات", not the ministry that announced it)
            claimant = self._accuser_of(actors, hyp_ok=True) or _claims.claimant_before(self, st, ts, actors)
            recips = recips or claimant
        if recips and typ in REACTION and actors and not is_noun \
                and (ana := _anaphoric_act(text, toks, te)) is not None:
            # "انتقدت حنان عشراوي، عضو منظمة التحرير الفلسطينية هذا الإعلان"، "بينما وصفت روسيا ما حدث بالعمل
            # الاستفزازي": the act reacted to is one told before, named again (a demonstrative and an act noun, ما حدث);
            # a party named before that object (the subject's description, an earlier clause) is none of its
            # authors: the fallback below takes the author of the act told last
            def _described(g):  # (before the verb, or in an apposition after a comma that follows the subject)
                return g["s"] < ts or any(set(a["ids"]) & set(actors) and te <= a["e"] <= g["s"]
                                          and "،" in text[toks[a["e"] - 1].end:toks[g["s"]].start] for a in groups)
            if all(_described(g) for g in groups if set(g["ids"]) & set(recips) and g["s"] < ana):
                recips = [r for r in recips if any(r in g["ids"] and g["s"] > ana for g in groups)]
        if not recips and typ in REACTION and actors and trig.mode != "refuse" and not (is_noun and typ == "SUPPORT") \
                and not unnamed_owner and not (te - ts == 2 and toks[te - 1].norm in _CONCERN) and (is_noun or _object_suffix(ttok.norm) not in ("هما", "هم")):
            # (ويتهمهما، نهنئهم: a pronoun of people names the target; ها/ه may be the act itself: في خطوة أدانتها)
            # a reaction to an act named by a noun (نددت أنقرة بالحملة): its author is the target (a support noun is
            # an act of its own: "ما تقوم به طهران من دعم لأعداء المغرب" does not support the one named before)
            agreed = any("اتفاق" in toks[k].norm and toks[k].norm[:1] in "بلا" for k in range(te, min(len(toks), te + 8))
                         if not _full_stop_between(text, toks, te, k)
                         and not any(_breach_word(toks[j].norm) for j in range(max(te, k - 3), k)))
            # رحب ... بالاتفاق: the agreement's sides; not the agreement broken ("واعتبرتها انتهاكا لاتفاق وقف إطلاق
            # النار": the act judged is the raids told before, not the agreement)
            prev = next((e for e in self._recent_events[::-1] if not set(e["actors"]) & set(actors or [])
                         and (not agreed or e["type"] == "AGREE") and not e.get("_charge")
                         and not (e["actors"] and _media_only({"ids": e["actors"]}, self._dp))), None)  # (not a medium that told it)
            if not is_noun and _object_suffix(ttok.norm) in ("ه", "ها"):
                # "وأدانت الخارجية القطرية الغارات الإسرائيلية، واعتبرتها انتهاكا": the pronoun is the act the same
                # side reacted to before it in this sentence; its target is that reaction's
                same = next((e for e in self._recent_events[::-1] if e["_sent"] == st.i and e["type"] in REACTION
                             and e["actors"] == actors and e["recipients"]), None)
                if same is not None:
                    recips, prev = list(same["recipients"]), None
            if prev is not None and typ == "REJECT" and not _rejected_act(text, toks, te):
                # "وترفض التنوع"، "رفض حتى الآن فتح تحقيق"، "رافضة التدخل في شؤونها": a refusal of no one's act told
                # before (an accusation, an involvement, a proposal: _rejected_act) takes no author from the story, save
                # a demand told in the last sentences of the refuser itself ("طالبت الولايات المتحدة تركيا بالإفراج عن
                # القس ... وكانت الحكومة التركية رفضت التدخل في القضاء": the demand is what is refused)
                prev = next((e for e in self._recent_events[::-1] if e["type"] == "REQUEST" and e["recipients"]
                             and e.get("_sent", -9) >= st.i - 2 and not set(e["actors"]) & set(actors)
                             and (set(actors) & set(e["recipients"]) or self._same_state(actors, e["recipients"]))), None)
            named_to = te < len(toks) and toks[te].norm in ("الي", "ضد")  # "توجيه تهم إلى الرجلين": its own addressee
            if prev is not None and not is_noun and prev["actors"] and _object_suffix(ttok.norm) in ("ه", "ها") \
                    and not (self._dp.by_id.get(prev["actors"][0]) or {}).get("mentions"):
                prev = None  # "واعتقل كادار ... واتهمته السلطات": a pronoun refers to a party named, not to one implied
            if prev is not None and actors and prev["actors"] and self._placed(prev["actors"][0]) and not named_to:
                recips = [a for a in prev["actors"] if self._placed(a)]  # (not a bare "قوات" of no country: "وأدانت
                # عدم التنسيق معها"; every author of the act: "شنت الولايات المتحدة وبريطانيا وفرنسا ضربات ... وأدان نصرالله
                # الضربة"، "وتتهم الولايات المتحدة وبريطانيا روسيا ... وترفض موسكو الاتهامات")
        betw = next((g for g in after if g["prep"] == "بين" and g["s"] - te <= (2 if _bloc(g) else 5)), None) or next((
            # (a bloc after بين is the sides of the act only right after it: "محادثات بين الكوريتين", not "اجتمعوا على
            # الحدود بين الكوريتين")
            g for g in after if g["prep"] is None and len(g["ids"]) > 1 and g["s"] - te <= 6 and any(
                toks[k].norm == "بين" and not _strong_between(text, toks, k + 1, g["s"]) for k in range(max(te, g["s"] - 3),
                                                                                           g["s"] - 1))
            and not any(te <= m2.start_tok < g["s"] for m2 in st.trigs)), None)
        # ("اجتماع بين وزيري خارجية مصر والسودان": the sides after their offices)
        if betw is not None and typ == "ASSAULT" and betw["e"] - betw["s"] == 1 \
                and toks[betw["s"]].norm in _BARE_FORCE_HEADS:
            # "اندلعت مواجهات بين قوات الجيش اليمني وميليشيا الحوثي"، "تجددت الاشتباكات بين قوات الشرعية وميليشيات
            # الحوثي": a bare force word read apart from the body it heads; the sides are the parties right after it
            nxt = next((g for g in after if g["s"] == betw["e"] and g["prep"] is None), None)
            if nxt is not None:
                betw = nxt
        if betw is not None and len(betw["ids"]) == 1:
            # "بين وفد سعودي برئاسة ...، ووفد إيراني": the second side after the first side's description
            k = after.index(betw)
            other = next((g for g in after[k + 1:] if g["s"] - betw["e"] <= 14 and (_conj(text, toks, g["m"][0]) or (
                g["s"] < g["m"][0].s and text[toks[g["s"]].start:toks[g["s"]].start + 1] == "و"
                and toks[g["s"]].norm[1:].startswith(_TITLE_STARTS)) or (  # (its title after و: "ونظيره الإيطالي جوزيبي")
                typ == "ASSAULT" and g["s"] == betw["e"] + 1 and toks[betw["e"]].text[:1] == "و"
                and g["prep"] is None))  # (a head noun with و before a nationality: "بين الجيش الإسرائيلي وشبان فلسطينيين")
                          and not set(g["ids"]) & set(betw["ids"])
                          and not _full_stop_between(text, toks, betw["e"], g["s"])), None)
            if other is not None:
                betw = dict(betw, ids=betw["ids"] + other["ids"])
        if betw is not None and len(betw["ids"]) > 1 and typ in REACTION and actors \
                and not set(betw["ids"]) & set(actors):
            betw = None  # "ميركل ترحب بلقاء ثان محتمل بين ترمب وبوتين": the sides of the act reacted to (its owners,
            # above) are no side of the reaction
        if betw is not None and counted_victims and typ == "ASSAULT":
            betw = None  # "أصيب خمسة أشخاص، بين مدنيين ورجال شرطة": among the counted victims, no two sides of a clash
        if betw is not None and len(betw["ids"]) > 1:  # اجتماع بين A و B، اتفاق بين الطرفين
            actors, recips = betw["ids"][:1], betw["ids"][1:]
        q0 = te + 1 if te < len(toks) and toks[te].norm in ("بعض", "عشرات", "ميات", "الاف", "مجموعه", "عدد") else te
        if typ in ("ASSAULT", "COERCE") and (is_noun or _masdar(ttok.norm)) and after and after[0]["s"] == q0 \
                and not after[0]["prep"] and not (marked and ttok.norm.lstrip("وفبل") in _HARM_NOUNS) \
                and all(self._agentive(x) for x in after[0]["m"]):
            # (not the genitive of a harm noun whose agent is marked after it: "مقتل متظاهر بنيران الشرطة" -- the
            # protester was killed, the police fired; s21fp)
            # "اقتحام محتجين إيرانيين سفارتها", "هجوم مسلحين على": crowds and armed men named after the act
            # noun are its authors; the object (or a pronoun on it: سفارتها → the clause's subject) its target
            actors = after[0]["ids"]
            nxt = [g for g in after[1:] if g["s"] - after[0]["e"] <= 2 and g["prep"] in (None, "على", "ضد")]
            if nxt:
                recips = nxt[0]["ids"]
            else:
                e0 = after[0]["e"]
                poss = e0 < len(toks) and toks[e0].norm.endswith(("ها", "ه", "هم")) and len(toks[e0].norm) > 4
                subj0 = [g for g in groups if g["e"] <= ts and g["prep"] is None and g not in locs
                         and not _full_stop_between(text, toks, g["e"], ts)]
                recips = subj0[0]["ids"] if poss and subj0 else []
        elif typ in PATIENT_GEN and len(after) > 1 and not after[0]["prep"] and after[0]["s"] - te <= 2 \
                and (is_noun or toks[ts].norm.lstrip("وف")[:1] not in "يتن") \
                and after[1]["prep"] in ("على", "ضد", "مع") and after[1]["s"] - after[0]["e"] <= 3 \
                and not counted_victims:
            # "اعتداء بعض المحتجين على أربعة شرطيين": the genitive acts, على marks the target
            actors, recips = after[0]["ids"], after[1]["ids"]
        if typ == "ASSAULT" and not is_noun and actors and not recips and not counted_victims \
                and ttok.norm.lstrip("وف") in _HARM_PASSIVE_PRE \
                and not any(g["prep"] is None and g["s"] - te <= 2 for g in after) \
                and (te >= len(toks) or _STRONG.search(text, toks[te - 1].end, toks[te].start)
                     or toks[te].norm in _AFTER_PASSIVE or toks[te].norm[:1] in "وب" and len(toks[te].norm) > 3):
            # "إن 17 من عناصر قوات الأمن الأفغانية على الأقل قتلوا وأصيب آخر"، "ثلاثة جنود عراقيين قتلوا في الهجوم": a
            # subject before a harm verb with no object after it was killed (قُتلوا), it did not kill; the attack noun
            # after it may name the author (but "مسلحين قتلوا خمسة جنود": an object follows, active)
            vic = next((g for g in before if g["ids"] == actors), None)
            if vic is not None:
                recips, actors = actors, []
                att = self._attacker_after(text, toks, groups, {"e": te, "ids": recips})
                if att is not None and not set(att["ids"]) & set(recips):
                    actors = att["ids"]
        if typ == "ASSAULT" and harmed is not None and harmed["verb"] < ts and actors and set(actors) <= set(harmed["ids"]):
            # "وأصيب الصحفي ياسر مرتجى برصاص قناص إسرائيلي": who was wounded or killed (أُصيب، قُتل) right before the
            # attack noun suffered it; he is not its author (the author, if named, comes with the verb's own event)
            actors, recips = [], list(harmed["ids"])
        if counted_victims and typ in ("COERCE", "ACCUSE", "SANCTION"):
            # "واختطف الصحفي من قبل مسلحين مجهولين"، "اعتقل الناشط على يد عناصر الأمن": the agent phrase names the author
            vic = next(g for g in after if g["ids"] == recips)
            att = next((g for g in groups if vic["e"] <= g["s"] <= vic["e"] + 8 and not set(g["ids"]) & set(vic["ids"])
                        and (g["prep"] == "من قبل" or g["s"] >= 2 and toks[g["s"] - 1].norm in ("يد", "ايدي")
                             and toks[g["s"] - 2].norm == "علي")
                        and not _full_stop_between(text, toks, vic["e"], g["s"])), None)
            if att is not None:
                actors = att["ids"]
            elif typ == "ACCUSE" and actors and not coord_head and not (ts > 0 and toks[ts - 1].norm in _RELATIVES) and not any(
                    g["e"] <= ts and set(actors) <= set(g["ids"]) and not _strong_between(text, toks, g["e"], ts)
                    for g in groups):
                # (a subject in the same clause, "رغم أن الشمال اتهم وفده"، or the antecedent of a relative clause, "ماي،
                # التي اتهمت فيها موسكو بمحاولة قتل": kept; a party of another clause or sentence is no accuser)
                actors = []
        if counted_victims and typ == "ASSAULT":
            # "وقتل 12 شخصا في اشتباكات مع قوات الأمن"، "قتل ثلاثة جنود في هجوم لطالبان": the counted subject suffered;
            # the attack noun after it names the author
            vic = next((g for g in after if g["ids"] == recips), None)  # (None once recips were changed above)
            att = self._attacker_after(text, toks, groups, vic) if vic is not None else None
            if att is None and vic is not None:
                # "قتل 17 مقاتلا على يد مسلحين من تنظيم الدولة": the agent marked by على يد / على أيدي
                att = next((g for g in groups if vic["e"] < g["s"] <= vic["e"] + 8 and g["s"] >= 2
                            and toks[g["s"] - 1].norm in ("يد", "ايدي") and toks[g["s"] - 2].norm == "علي"
                            and not _full_stop_between(text, toks, vic["e"], g["s"])), None)
            if att is not None and not set(att["ids"]) & set(vic["ids"]):
                actors = att["ids"]
        if not actors and typ in SYMMETRIC:
            # "وقع طرفا النزاع في جنوب السودان الرئيس سالفا كير وخصمه رياك مشار ... اتفاقا": the two sides named
            # after a subject that is no party, the second joined by و
            two = [g for g in after if g["prep"] is None and g["s"] - te <= 12
                   and not _full_stop_between(text, toks, te, g["s"])]
            if len(two) >= 2 and (toks[two[1]["s"] - 1].norm[:1] == "و" and two[1]["s"] - two[0]["e"] <= 1
                                  or _conj(text, toks, two[1]["m"][0])) and two[1]["s"] - two[0]["e"] <= 1:
                actors, recips = two[0]["ids"], two[1]["ids"]
        if typ == "ACCUSE" and (is_noun or _vn(ttok.norm)) and not ttok.norm.endswith("ات") and after \
                and (after[0]["s"] == te or after[0]["s"] == te + 1 and toks[te].norm.isdigit()) \
                and not after[0]["prep"] and after[0]["e"] < len(toks) and toks[after[0]["e"]].norm[:1] == "ب" \
                and len(toks[after[0]["e"]].norm) > 3:
            # "باتهام روسيا بإسقاط الطائرة": the genitive of the verbal noun followed by the charge is the accused, not
            # the accuser (but "اتهامات ترامب بتدخل الصين": the plural is the accuser's)
            recips = after[0]["ids"]
            actors = [a for a in actors if a not in recips]
            accused_gen = True
        else:
            accused_gen = False
        if not actors and after and is_noun and typ not in PATIENT_GEN and typ != "MOBILIZE" and not after[0]["prep"] \
                and not object_gen \
                and not accused_gen and not any(toks[k].norm in _RELATIVES and toks[k + 1].norm.startswith(_RECEIVE)
                                                for k in range(te, min(after[0]["s"], len(toks) - 1))) \
                and not (told is not None and after[0]["s"] - te > 2) \
                and not (after[0]["s"] - te > 3 and (_in_topic(text, toks, te, after[0]["s"]) or any(
                    toks[k].norm in _RELATIVES for k in range(te, after[0]["s"])))) \
                and not (typ == "CONSULT" and _precision.other_clause(text, toks, st.trigs, te, after[0]["s"])):
            # (not a party far after the noun inside its topic or a relative clause: "مفاوضات بشأن القمة التاريخية التي
            # جمعت ترامب والزعيم الكوري الشمالي"; nor, for a meeting noun, one past a comma or another act's word:
            # "ويأتي الاجتماع بعد يومين على ضربات نفذتها الولايات المتحدة وفرنسا وبريطانيا" names the strikers: s20fp)
            # (a party in a relative clause of receiving after the noun got it: "إن الدعم الذي تلقاه بريطانيا يعد";
            # in a told clause only a genitive right after the noun: "أكد ظريف أن الدعم الأوروبي للاتفاق النووي
            # الإيراني غير كاف" names no Iranian supporter)
            # (the genitive of a deployment noun is what is sent, "إرسال مقاتلات": no actor)
            actors = after[0]["ids"]
            rest = after[1:]
            recips = rest[0]["ids"] if rest and rest[0]["s"] - after[0]["e"] <= 6 else []
        elif typ == "RETREAT" and trig.mode == "resign" and is_noun and after and after[0]["s"] == te \
                and after[0]["prep"] is None and not (set(after[0]["ids"]) & set(actors)):
            # "عقب استقالة رئيس الوزراء هاني الملقي": the genitive of a resignation resigns (a party before it in another
            # clause, "بتشكيل حكومة جديدة، وذلك عقب استقالة", does not)
            actors, recips = list(after[0]["ids"]), [r for r in recips if r not in after[0]["ids"]]
            if ts > 0 and (rc := self._resignation_taker(text, toks, groups, ts, actors)):
                recips = rc  # "وقبل العاهل الأردني، الإثنين، استقالة الملقي"، "تلقت منظمة الإنتربول استقالة رئيسها"
        elif typ in ("RETREAT", "SANCTION") and trig.mode == "withdraw" and te - ts == 1 \
                and _bare_noun(w1, "بل") == "انسحاب" and after and after[0]["s"] == te and after[0]["prep"] is None \
                and not (set(after[0]["ids"]) & set(actors)):
            # "وزير خارجية البحرين يؤيد انسحاب أمريكا من النووي الإيراني"، "أيدت السعودية انسحاب روسيا من سوريا": the
            # genitive of the intransitive withdrawal noun withdraws, not the subject of the verb that governs the noun
            # (the form is a noun whatever _is_noun reads)
            actors = list(after[0]["ids"])
            recips = [r for g in after[1:2] if g["prep"] in ("من", None) and g["s"] - after[0]["e"] <= 3
                      and not _strong_between(text, toks, after[0]["e"], g["s"]) for r in g["ids"] if r not in actors]
            # (what it leaves: "من سوريا"، "من اتفاق إيران النووي")
        core = w1[1:] if w1[:1] in "بل" and len(w1) == 4 else w1
        if typ != "MOBILIZE" and (is_noun or _vn(ttok.norm) or len(core) == 3) \
                and (not ttok.norm.endswith("ات") or typ in ("ACCUSE", "THREATEN", "REQUEST")) \
                and not counted_victims \
                and len(after) > 1 and after[0]["s"] == te and after[0]["prep"] is None \
                and after[1]["prep"] == "ل" and (after[1]["s"] == after[0]["e"] or self._time_gap(toks, after[0]["e"], after[1]["s"])) \
                and not _strong_between(text, toks, te, after[1]["s"]) \
                and (not _definite(ttok.norm) or all(self._nationality(toks, x) for x in after[0]["m"])) \
                and not (typ in PATIENT_GEN and all((x.sector or "") in ("CVL", "MED") for x in after[0]["m"])):
            # "دعم إيران لميليشيات الحوثي"، "طرد المغرب للسفير الإيراني"، "الدعم الإيراني للحوثيين": a verbal noun whose
            # object is marked with لـ has its agent in the genitive (or the nationality adjective) right after it
            # (a plural of words, "الاتهامات المغربية للجزائر"، "تهديدات ترامب لإيران", as well: s22fp; not of acts,
            # "هجمات"، "عمليات")
            # (a time word may stand between the genitive and its object: "تحذير رئيس الوزراء الإسرائيلي أمس لنظام الأسد")
            actors, recips = list(after[0]["ids"]), list(after[1]["ids"])
        elif typ in ("ASSAULT", "COERCE") and (is_noun or _vn(ttok.norm)) and not ttok.norm.endswith("ات") \
                and not counted_victims and not _definite(ttok.norm.lstrip("وفبل")):
            ga = _strikes.genitive_agent(text, toks, groups, ts, te, self._gen_author)
            if ga is not None:  # "يدين قصف إيران لمقر الحزب الديمقراطي"، "احتجاز تركيا للقس الأميركي"
                actors, recips = ga[0], ga[1] or [r for r in recips if r not in ga[0]]
                marked = marked or bool(ga[1])  # (the author marked as such, as by هجوم لـ)
        if actors and typ in _OWN_AGENT_NOUN and not is_noun and after and after[0]["s"] == te and not after[0]["prep"] \
                and len(after) > 1 and after[1]["prep"] in _OWN_AGENT_NOUN[typ] and after[1]["s"] - after[0]["e"] <= 2 \
                and not _strong_between(text, toks, te, after[1]["s"]) \
                and not (set(after[0]["ids"]) | set(after[1]["ids"])) & set(actors) \
                and all(g["e"] < ts for g in groups if set(g["ids"]) & set(actors)):
            # "أن الولايات المتحدة عرقلت طلب الكويت من مجلس الأمن"، "يؤكد لقاء نتانياهو سرا بالسيسي": the act's noun
            # (read as a bare form) with a party right after it and the one asked or met marked by من or ب/مع after that:
            # that party is its genitive, who asks or meets, not the subject of the verb that governs the noun
            actors, recips = list(after[0]["ids"]), list(after[1]["ids"])
        # first-person verbs inside a quote: the speaker acts; the counterpart comes from the last consult
        if inq and _first_person(ttok.norm, toks, ts) and inq.get("speaker"):
            if not actors or actors == recips:
                actors = [inq["speaker"]]
            if not recips and typ in SYMMETRIC:
                recips = _counterpart(quotes, inq, self._recent_events) or []
        # a pronoun on the act that stands for its target: the object of a verb (وهنأه، استقبله أمير قطر، اتهمها), the
        # patient of a verbal noun of harm or arrest (تم اعتقاله، بعد اغتياله), the one released (أفرج عنه): the party
        # it refers back to; the subject, when the verb names none, goes on from before
        # Only acts whose object is a party (a meeting, a call, a threat, an arrest; an accusation, not a criticism, which
        # may be of a decision; a congratulation, not a welcome): elsewhere the pronoun is as often a thing (أبرمتها: the
        # contracts)
        pron_ok = True
        pron_victim, did = False, None
        if typ == "ASSAULT" and not actors and recips and ts > 0 \
                and toks[ts - 1].norm.lstrip("وب") in _strikes.LAUNCHED_WEAPON:
            actors = _strikes.weapon_nation(toks, groups, ts, te, recips, self._dp.by_id)  # s24attack: "بعد إطلاق
            # صواريخ إيرانية على المواقع الإسرائيلية": the launched weapon's nationality adjective is its launcher
        if typ == "ACCUSE" and not is_noun and ts > 0 and _object_suffix(ttok.norm) is not None:
            # "برونسون، الذي اتهمته تركيا بالتجسس": the relative clause's head; "واتهمه ... بالتقاعس": not the charge
            recips, pron_ok = _accuse.pronoun_object(
                text, toks, groups, ts, recips, actors, trig.mode,
                lambda ids: _pronoun_fits([self._dp.by_id.get(i) or {} for i in ids], _object_suffix(ttok.norm)),
                lambda w: self.lex.stop.get(w) is not None)
        party_obj = typ in ("CONSULT", "REQUEST", "THREATEN", "SANCTION", "COERCE") or typ == "ACCUSE" and trig.mode == "allege" \
            or typ == "SUPPORT" and ttok.norm.lstrip("وف").startswith("هن")
        suf = None if recips or is_noun or not party_obj or not pron_ok or ts > 0 and toks[ts - 1].norm in _RELATIVES \
            else _object_suffix(ttok.norm)  # (in a relative clause the pronoun is the noun before it: "العائلات التي فرقتها الحرب")
        if suf is None and typ == "ASSAULT" and not recips and not is_noun and not passive \
                and not (ts > 0 and toks[ts - 1].norm in _RELATIVES) and _object_suffix(ttok.norm) in ("ه", "هم"):
            # s24attack: "احتجز رهائن في متجر قبل أن تقتله الشرطة"، "غارة للتحالف استهدفته": a verb of harm with the
            # pronoun of a person is aimed at the person named before (ها is as often a thing: قصفتها، استهدفتها)
            suf = _object_suffix(ttok.norm)
        if suf is None and not recips and passive and te - ts == 1 and (trig.mode == "arrest" or typ == "ASSAULT"):
            suf = _noun_suffix(ttok.norm)  # "تم اعتقاله"
        did = _strikes.did_subject(toks, groups, ts) if typ == "ASSAULT" and suf is None and not recips and te - ts == 1 \
            and actors and _strikes.did_suffix(ttok.norm) else None
        if did is not None and set(did["ids"]) == set(actors):
            suf = _strikes.did_suffix(ttok.norm)  # s24attack: "ثم قامت الشرطة بقتله": the noun's pronoun is the one killed
        if typ == "RETREAT" and trig.mode == "release" and not is_noun and te < len(toks) \
                and toks[te].norm in _OFF_PRONOUN:
            # "وكانت محكمة تشيكية أفرجت عنه الثلاثاء الماضي بعد توقيف سلطات براغ له"، "بعدما أفرجت عنه السلطات
            # التشيكية": the pronoun after عن is the one released (the party before it that fits), the subject the
            # party right after it (VSO) or the one before the verb; no party of a later clause
            k = te + 1
            while k < len(toks) and k - te <= 3 and (toks[k].norm in self.lex.datecue_words or toks[k].norm in _DAY_FILLERS):
                k += 1
            vso = next((g for g in groups if g["s"] == k and g["prep"] is None and g not in locs
                        and not _strong_between(text, toks, te, k)), None)
            if vso is not None:
                actors = list(vso["ids"])
            freed, _ag = self._antecedent(st, ts, _OFF_PRONOUN[toks[te].norm], actors)
            recips = [i for i in freed if i not in actors]
        if typ in MATERIAL_ACTS and ts > 0 and toks[ts - 1].norm.lstrip("وب") in _NEWS_NOUNS and actors:
            # "رحب وزير الخارجية الأميركي مايك بومبيو بأنباء إطلاق سراح برونسون": the act told as news the subject
            # heard of is not the subject's own
            before = {i for g in groups if g["e"] <= ts for i in g["ids"]}
            actors = [a for a in actors if a not in before]
        pron_form = typ == "SANCTION" and trig.mode == "convict" and te - ts == 2 and toks[te - 1].norm in _ON_PRONOUN \
            and ttok.norm.lstrip("و") in ("حكم", "حكمت")  # (حُكم عليه، وحكمت عليه; not a penalty a law sets: "يعاقب عليها
        # القانون بعقوبة")
        convicted_pron = suf is None and not recips and pron_form and not negated and not hyp
        if convicted_pron:
            suf = _ON_PRONOUN[toks[te - 1].norm]  # "امرأة إيرانية حُكم عليها بالسجن لمدة 20 عاما": the one it refers to
            if not all((self._dp.by_id.get(i) or {}).get("sector") == "JUD" for i in actors):
                actors = []  # (read as the passive: the party before it is the one sentenced, a court alone passes it)
        head = next((g for g in groups if g["e"] == ts and g["prep"] is None and g not in locs), None) \
            if convicted_pron else None
        if head is not None:
            recips, suf = list(head["ids"]), None  # (the indefinite noun its relative clause describes: "امرأة إيرانية")
        if suf is not None:
            recips, ag = self._antecedent(st, ts, suf, actors, _strikes.victim_fits if typ == "ASSAULT" else None)
            pron_victim = typ == "ASSAULT" and bool(recips)
            if convicted_pron and any((self._dp.by_id.get(i) or {}).get("sector") == "MED" for i in recips):
                recips = []  # (not the medium that tells of the sentence: "قال موقع مجلة تايم إن")
            if recips and not actors and not is_noun and last_actor and ag["toks"] is not toks:
                actors = [last_actor]  # "وهنأه على": the subject goes on (not when the antecedent is in this sentence:
                # "رفع دعوى ضد حكومة الإكوادور، يتهمها")
        if co is not None and not recips and typ == "SUPPORT" and actors == co:
            recips = self._owner_praised(st, te, actors)  # "استقبل ... بومبيو ... وأشاد بدوره": the one met
        if typ == "ACCUSE" and is_noun:
            rej = next((m2 for m2 in st.trigs if m2.value.type == "REJECT" and m2.end_tok <= ts and ts - m2.end_tok <= 8
                        and not _full_stop_between(text, toks, m2.end_tok, ts)), None)
            if rej is not None:
                # "رفضت موسكو اتهامات هولندا"، "نفى بيسكوف الاتهامات البريطانية": the accusation is the accuser's (the
                # genitive or the adjective after it) against the one who rejects it, never the rejecter's
                acc = next((g for g in after if g["s"] - te <= 1 and g["prep"] in (None, "ل")), None)
                if acc is None:
                    return None
                rj = next((e for e in self._recent_events[::-1] if e["_sent"] == st.i and e["type"] == "REJECT"), None)
                actors, recips = acc["ids"], (rj["actors"] if rj else [])
            elif _accuse.replied_to(toks, ts):
                # "وردت الصين على الاتهامات الأمريكية بسرقة الملكية الفكرية"، "ورد لافروف على انتقادات واشنطن": the
                # accusation is its author's (the adjective or genitive after it) against the one who replies
                acc = next((g for g in after if g["s"] - te <= 1 and g["prep"] in (None, "ل")
                            or g["s"] - te <= 2 and g["prep"] == "من"), None)  # (انتقادات متواصلة من إدارة الرئيس)
                if acc is None:
                    return None
                recips = [a for a in actors if a not in acc["ids"]] or [r for r in recips if r not in acc["ids"]]
                actors = list(acc["ids"])
        if (is_noun or ttok.norm.lstrip("وف")[:1] not in "يتن") and ts >= 2:
            # "عقب قرار الولايات المتحدة فرض عقوبات على مسؤولين روس": the genitive of a decision noun right before the
            # act noun decides the act; it is its author, not the clause's subject
            dg = next((g for g in groups if g["e"] == ts and g["prep"] is None and g["s"] >= 1
                       and toks[g["s"] - 1].norm.lstrip("وفبل") in _DECISION_NOUNS and g not in locs), None)
            if dg is not None and not set(dg["ids"]) <= set(recips):
                actors = list(dg["ids"])
                recips = [r for r in recips if r not in actors]
        if typ in ("REJECT", "THREATEN") and trig.mode != "deny" and ts > 0 \
                and _bare_noun(ttok.norm.lstrip("وف"), "بل") in _AUTHORED_WORDS \
                and (gen := self._word_noun_author(text, toks, groups, ts, te, after, locs)) is not None \
                and not set(gen["ids"]) <= set(actors):
            # s22fp2: "انتقد الرئيس التركي رفض الولايات المتحدة تسليم غولن"، "وانتقدت موسكو تهديدات واشنطن بفرض
            # عقوبات"، "رغم تهديدات ترامب": a noun of a spoken act (a refusal, a threat) with a party in the
            # genitive right after it is that party's act, not that of the subject of the verb that governs the noun;
            # the subject who criticises or defies a threat is the one it is aimed at (unless one is
            # named); whom a refusal refuses, the phrase does not name
            old = [a for a in actors if a not in gen["ids"]]
            actors = list(gen["ids"])
            recips = [r for r in recips if r not in actors]
            if typ == "REJECT":
                recips = []
            elif not recips:
                main = next((g for g in groups if g["prep"] is None and g["e"] <= ts and g not in locs
                             and g["s"] >= cut and not set(g["ids"]) & set(actors)
                             and not _full_stop_between(text, toks, g["e"], ts)), None)
                recips = list(main["ids"]) if main is not None else old
                # (the clause's first party, who defies the threat: "أردوغان يؤكد تمسك تركيا بموقفها في قضية القس أندرو
                # برانسون رغم تهديدات ترامب", not the last party named before the noun)
        if alleged_of and not set(alleged_of) <= set(actors):
            # (the one accused of the act is its doer, not the accuser)
            actors, recips = list(alleged_of), [r for r in recips if r not in alleged_of]
        if typ == "SANCTION" and trig.mode == "designate" and (is_noun or _masdar(ttok.norm)) and after and after[0]["s"] == te \
                and after[0]["prep"] is None and all(x.kind == "GPE" for x in after[0]["m"]):
            # "ترحب بتصنيف واشنطن أحد قادة سرايا الأشتر": the state in the genitive designates, the object after it
            # (when the text names it as a party) is designated
            nx = after[1] if len(after) > 1 and after[1]["prep"] is None and after[1]["s"] - after[0]["e"] <= 4 else None
            actors, recips = list(after[0]["ids"]), list(nx["ids"]) if nx is not None else []
        if typ == "SANCTION" and any(r.startswith(("استدع", "سحب")) for r in readings(ttok.norm.lstrip("وفبل"))):
            host = self._recalled_from(text, toks, groups, te, actors)
            if host is not None:
                recips = host
        if typ == "ASSAULT" and not is_noun and ttok.norm.lstrip("وف").startswith(_AIM_VERBS):
            # "واستهدفت الغارات الإسرائيلية ثلاث قواعد لحماس"، "غارة تركية استهدفت مواقع لوحدات حماية الشعب": the
            # strike that aims names its author (its nationality or owner), what it hits names the target's owner
            sk = self._strike_sides(text, toks, groups, ts, te)
            if sk is not None:
                actors, recips = sk
                marked = True
        framed = False
        if typ in ("ASSAULT", "PROTEST", "MOBILIZE"):
            fr = self._nominal_frame(text, toks, st, groups, ts, te, typ, actors, recips)
            if fr is not None:
                actors, recips = fr
                framed = typ == "ASSAULT" and _harm_noun(ttok.norm)
        charged = False
        if is_noun and typ == "ACCUSE" and te < len(toks) and toks[te].norm in ("الموجهه", "الموجه", "موجهه", "موجه") \
                and _given_by(text, toks, groups, te) is None:
            # "قال المحامي إن الاتهامات الموجهة لمرزوق هي": charges someone unnamed brought; the one who tells of
            # them did not accuse; the body that detained or tried the accused did (charged below)
            actors, charged = [], True
        if is_noun and typ in _GIVEN_TYPES:
            by = _given_by(text, toks, groups, te)
            if by is not None:
                # "وصلت مساعدات إنسانية مقدمة من السعودية إلى الجوف"، "عقوبات مفروضة من قبل الاتحاد الأوروبي": the one
                # a passive participle's من-phrase names gave it; the one it went to, if not named, after إلى / لـ
                actors = by["ids"]
                recips = [r for r in recips if r not in actors] or next(
                    (g["ids"] for g in groups if g["s"] >= by["e"] and (
                        g["prep"] in ("إلى", "ل", "الى", "على", "ضد") or typ == "AID" and g["prep"] == "في" and all(
                            x.kind in ("GPE", "LOC") for x in g["m"]))  # (إلى مديرية خب الشعف في محافظة الجوف)
                     and not set(g["ids"]) & set(actors) and not _full_stop_between(text, toks, te, g["s"])), [])
        if typ in SYMMETRIC and recips and all(self._sides(r) for r in recips) and any(
                g["ids"] == recips and g["prep"] is None and g["s"] - te <= 1 for g in after):
            return None  # "اتفق كل الأطراف على"، "اتفق الطرفان": the sides are the subject, not someone's partner
        if typ in _UNDERGONE and (ttok.norm[:1] == "ل" or ts > 0 and toks[ts - 1].norm == "الي"):
            # (تعرض also takes إلى: "وتتعرض الغوطة الشرقية إلى قصف مكثف من القوات الحكومية")
            # "تعرضت دورية للجيش لهجوم من قبل مسلحين"، "تعرض الملقي لانتقادات شديدة"، "تتعرض الغوطة الشرقية لقصف ...
            # تنفذها قوات النظام": the one who underwent the act is its target; its author is only the one the
            # من / من قبل phrase or an attack's relative clause (تنفذها، يشنها) names
            vk = next((k for k in range(ts - 1, max(-1, ts - 8), -1)
                       if (toks[k].norm.lstrip("وف").startswith(("تعرض", "يتعرض", "تتعرض"))
                           or typ == "ASSAULT" and toks[k].norm.lstrip("وف") in _SUBJECTED
                           or typ == "ASSAULT" and toks[k].norm.lstrip("وف").startswith(_REPEL))
                       and not _strong_between(text, toks, k + 1, ts)), None)
            # ("تصدت الدفاعات الجوية السورية لهجوم صاروخي إسرائيلي": the side that repels an attack was its target)
            if vk is not None:
                und = next((g for g in groups if vk < g["s"] and g["e"] <= ts and g["prep"] in (None, "ل")), None) or next(
                    (g for g in groups[::-1] if g["e"] == vk and toks[vk].norm.lstrip("وف") in _SUBJECTED
                     and toks[vk].norm.lstrip("وف")[:2] == "ال"), None) or next(
                    (g for g in groups[::-1] if g["e"] <= vk and g["prep"] is None and g["s"] >= cut
                     and not _full_stop_between(text, toks, g["e"], vk)), None)
                ag = next((g for g in groups if 0 <= g["s"] - te <= 4 and g["prep"] in ("من قبل", "من")
                           and not _full_stop_between(text, toks, te, g["s"])), None)
                if ag is None and typ == "ASSAULT":
                    # "الخاضعة لقصف تركي كثيف"، "تتعرض لغارات إسرائيلية": a nationality adjective right after the
                    # attack noun names its author (or a movement's: "تعرضت ناقلة نفط سعودية لهجوم حوثي")
                    ag = next((g for g in groups if 0 < g["s"] - te + 1 <= 2 and g["prep"] is None and all(
                        x.kind == "NORP" or _movement_adjective(toks, x) for x in g["m"]) and all(
                        (self._dp.by_id.get(i) or {}).get("country") for i in g["ids"])), None)
                actors = list(ag["ids"]) if ag is not None else actors if typ == "ASSAULT" and rel is not None else []
                recips = [i for i in und["ids"] if i not in actors] if und is not None else []
                if typ == "ASSAULT" and ag is not None and recips and toks[vk].norm.lstrip("وف").startswith(
                        ("تعرض", "يتعرض", "تتعرض")):
                    marked = True  # "وتعرضها لإطلاق نار من القوات التركية": the author marked by من after the act
                    # its target underwent, as by برصاص
        if typ in PATIENT_GEN | {"ACCUSE"} and (is_noun or _vn(ttok.norm)) and not ttok.norm[:1] == "ل":
            # "جلسة طردها من قبل جون كيلي"، "اعتقاله من قبل الشرطة": the agent phrase right after an act noun names
            # its author, not its target (the sentence's subject, who only speaks of it, is not the author)
            ag = next((g for g in after if g["prep"] == "من قبل" and g["s"] - te <= 3
                       and not _strong_between(text, toks, te, g["s"])), None)
            if ag is not None and set(ag["ids"]) & set(recips) and not set(ag["ids"]) & set(actors):
                actors = list(ag["ids"])
                recips = [r for r in recips if r not in actors]
        if typ == "ACCUSE" and not is_noun and ts > 0 and toks[ts - 1].norm in _RELATIVES \
                and te < len(toks) and toks[te].norm in ("به", "بها", "بهم", "بهما"):
            # "الهجوم الكيميائي الذي اتُّهمت به دمشق": the charge is the antecedent, the one party after به was
            # accused (a passive); "الذي اتهمت به إيران إسرائيل": two bare parties, an active verb
            bare = [g for g in after if g["prep"] is None and g["s"] - te <= 6
                    and not _strong_between(text, toks, te, g["s"])]
            if len(bare) == 1 and bare[0]["s"] - te <= 2:
                actors, recips = [], list(bare[0]["ids"])
        actors = list(dict.fromkeys(actors))
        recips = [r for r in dict.fromkeys(recips) if r not in actors]
        if typ == "AGREE" and len(actors) > 1 and recips and not any(
                g["ids"] == recips and g["prep"] in ("مع", "بين") for g in after) \
                and not (ttok.norm.lstrip("وف").startswith(_PLEDGE_STEMS) and any(
                    g["ids"] == recips and g["s"] >= te for g in after)):
            recips = []  # "اتفقت الكوريتان على استئناف لقاءات العائلات": the sides agree with each other, the
            # parties inside what they agree on are no side (not a pledge's: "السودان وإثيوبيا يتعهدان بضمان مصالح
            # مصر" is the promise of both to the one whose interests are pledged, s20gather)
        if typ == "CONSULT" and actors and not recips and not is_noun or typ == "CONSULT" and actors and not recips \
                and ttok.norm.startswith("هاتفي"):
            # "تحدث ترامب مع نظيره الفرنسي ماكرون هاتفيا"، "اجتمع الوزير مع نظيره الأمريكي أمس": the مع-phrase of
            # the clause before the act is its other side
            mg = next((g for g in before[::-1] if g["prep"] == "مع" and not set(g["ids"]) & set(actors)
                       and ts - g["e"] <= 4), None)
            if mg is not None:
                recips = list(mg["ids"])
        if typ in SYMMETRIC and st.paired:
            # "اتفق الطرفان على ... اختفاء خاشقجي"، "لقاء زعيمي البلدين": the two sides a dual noun of the act stands for
            # are its two sides, whatever else the clause names
            two = next(([x.eid, x.co[0][0]] for x in st.paired if {x.eid, x.co[0][0]} <= set(actors) | set(recips)), None)
            if two is not None:
                actors, recips = two[:1], two[1:]
        if typ == "CONSULT" and _meeting_noun(ttok.norm) and te < len(toks) \
                and toks[te].norm[:1] == "ل" and (toks[te].norm[2:] if toks[te].norm[:2] == "لل" else toks[te].norm[1:]) in _SESSION_BODIES \
                and any(g["s"] == te and g["prep"] == "ل" and len(g["ids"]) == 1 for g in groups) \
                and not any(toks[k].norm in ("مع", "بين", "وبين") or toks[k].norm.startswith("بين")
                            for k in range(te, min(len(toks), te + 10))):
            return None  # s22fp2: "وصدر البيان بعد اجتماع للمجلس الوطني الفلسطيني"، "اجتماع لمجلس الأمن": a meeting
            # of one deliberative body (its own session, no side met) is no consultation between parties
        their_meeting = False
        if typ == "CONSULT" and _between_them(text, toks, te) \
                and not any(tr.value.type == "CONSULT" and tr.end_tok <= ts for tr in st.trigs):
            # (a meeting told before it in the sentence is the one it retells, with its own sides and factuality:
            # "اتفق مع الرئيس الروسي على لقاء قريب، في أول اجتماع بينهما")
            # "وذلك خلال اتصال جرى بينهما"، "في أول اجتماع بينهما": a meeting noun whose sides are "the two" (the dual
            # pronoun after بين; only a noun can be followed by it and a verb of taking place) is the meeting of the pair told before it: the two sides of the last two-sided act,
            # else the only two persons named since the sentence before
            two = self._pair_before(st, t0, "ORG", hostile=False) or self._two_named_before(st, t0)
            mg = next((g for g in before if g["prep"] == "مع"), None)
            sg = mg and next((g for g in before[::-1] if g["e"] <= mg["s"] and g["prep"] is None), None)
            if two is None and sg and not set(sg["ids"]) & set(mg["ids"]):
                # "اتفق وزير الخارجية البريطاني، بوريس جونسون، مع نظيره الأمريكي، جون سوليفان، على ...، وذلك خلال
                # اتصال جرى بينهما": the clause's subject and the side after مع
                two = (sg["ids"][0], mg["ids"][0])
            if two is not None:
                actors, recips, their_meeting = [two[0]], [two[1]], True
        if typ in SYMMETRIC and len(actors) > 1 and not recips:
            actors, recips = actors[:1], actors[1:]
        for g in locs:
            if abs(g["s"] - te) <= 12 or True:
                loc = g["ids"][0]
                break
        if trig.pos == "n" and ts > 0 and toks[ts - 1].norm in ("في", "خلال", "هامش") and ttok.norm.endswith(("هم", "هما")):
            # "شدد وزراء إعلام الدول الأربع، وهي السعودية والإمارات والبحرين ومصر، ... خلال اجتماعهم الإثنين": the
            # meeting of the states the clause's subject lists
            co = next((g for g in before if g["prep"] is None and len({
                (self._dp.by_id.get(i) or {}).get("country") for i in g["ids"]} - {None}) > 1), None)
            # (sides of two countries or more: "كوشنر وغرينبلات ... في مباحثاتهما في الأردن" is one delegation)
            if co is not None:
                actors, recips, their_meeting = co["ids"][:1], co["ids"][1:], True
        if typ == "CONSULT" and trig.pos == "n" and not their_meeting:
            jg = _brought_together_with(toks, after, te)
            if jg is not None and not set(jg["ids"]) & set(actors):
                # "خلال اللقاء الذي جمعه الإثنين برئيس لجنة الأمن القومي"، "خلال مؤتمر صحفي جمعه بالرئيس النيجيري":
                # the meeting that brought the clause's subject together with the one after بـ
                recips, their_meeting = list(jg["ids"]), bool(actors)
        if typ == "CONSULT" and trig.pos == "n" and not their_meeting \
                and (att := _attended_by(text, toks, groups, te)) is not None:
            # "خلال محادثات جرت في عنتيبي توسط فيها الرئيس الأوغندي وحضرها رئيس جنوب السودان سيلفا كير ورئيس السودان
            # عمر حسن البشير ومشار": those who attended the talks are their sides (the mediator is none)
            actors, recips, their_meeting = att[:1], att[1:], True
        if trig.pos == "n" and ts > 0 and toks[ts - 1].norm in ("في", "خلال", "هامش") \
                and not any(g["prep"] in ("مع", "بين") and g["s"] - te <= 4 for g in after) \
                and not their_meeting:
            return None  # "قال في مؤتمر ...": the setting of a statement, not a meeting of two sides
        if trig.mode == "martial-law" and "طوار" in toks[te - 1].norm:
            # a state of emergency: the place under it is the recipient, named right after it (في طرابلس، بالبلاد: the
            # declaring side's own state); a sentence that tells a storm, a flood or an epidemic tells no coercion
            # ("أعلن حاكم فلوريدا حالة الطوارئ ... بسبب الإعصار"), and without a place it is no event with sides
            # ("أعلنت قوات سوريا الديمقراطية فرض حالة طوارئ ومنعا للتجول لـ48 ساعة خشية هجمات": not the group feared)
            if any(not _EMERGENCY_NATURAL.isdisjoint(readings(t.norm)) for t in toks):
                return None
            near = [k for k in range(te, min(len(toks), te + 4)) if not _full_stop_between(text, toks, te, k)]
            home = next((k for k in near if toks[k].norm.lstrip("وفب") in _THE_COUNTRY), None)
            place = next((g for g in list(after) + list(locs) if 0 <= g["s"] - te <= 3 and all(
                (self._dp.by_id.get(i) or {}).get("type") in ("GPE", "LOC") for i in g["ids"])), None)
            own = {(self._dp.by_id.get(i) or {}).get("country") for i in actors} - {None}
            official = actors and all((e := self._dp.by_id.get(i) or {}).get("sector") in ("GOV", "MIL", "COP")
                                      or e.get("type") == "GPE" for i in actors)
            if place is not None:
                recips = list(place["ids"])
            elif len(own) == 1 and (home is not None or official):
                # (a government or a state declaring it with no place named: its own country, "إعلان الحكومة المدعومة
                # من الأمم المتحدة حالة الطوارئ"; not an armed group's emergency in a town it holds)
                recips = [self._dp.state(own.pop())]
            else:
                return None
        if trig.mode in ("curfew", "martial-law") and not recips and loc:
            recips = [loc]  # "فرضت السلطات حظر التجول في مدينة البصرة": the place under curfew
        if amnesty and recips:
            # "عفوا عاما عن الذين فروا من الجيش": only the عن-phrase names those pardoned
            ben = next((g for g in after if g["s"] - te <= 3 and (g["prep"] == "عن" or g["s"] >= 2 and toks[g["s"] - 2].norm
                                                                  == "عن" and (toks[g["s"] - 1].norm.isdigit() or toks[
                                                                      g["s"] - 1].norm in _NUMBER_WORDS | QUANT))), None)
            # (عن 712 سجينا، عن آلاف المعتقلين)
            recips = ben["ids"] if ben is not None else []
        if amnesty and actors and not recips and te < len(toks) and toks[te].norm in ("عنهم", "عنه", "عنها", "عنهما"):
            # "غادر 30 إثيوبيا ... بعد أن أصدر السيسي عفوا عنهم": the pronoun stands for the people named before
            ben = next((g for g in groups if g["prep"] is None and g["e"] <= ts and g["s"] >= cut and g not in locs
                        and not set(g["ids"]) & set(actors)
                        and (all(x.kind in ("NORP", "PERSON", "ORG") for x in g["m"]) or g["s"] > 0 and (
                            toks[g["s"] - 1].norm.isdigit() or toks[g["s"] - 1].norm in _NUMBER_WORDS))), None)
            # ("30 إثيوبيا": a count of a country's people)
            recips = ben["ids"] if ben is not None else []
        if amnesty and actors and not recips:
            # "أصدر الأسد عفوا عاما عن الفارين من الجيش": those pardoned, named by a noun the party lexicon does not
            # hold, are people of the pardoning state
            k = next((k for k in range(te, min(len(toks), te + 4)) if toks[k].norm == "عن"), None)
            if k is not None and k + 1 < len(toks) and toks[k + 1].norm.lstrip('"«').startswith("ال") \
                    and not _STRONG.search(text, toks[k].end, toks[k + 1].start):
                j = k + 2 if toks[k + 1].norm in _RELATIVES and k + 2 < len(toks) else k + 1
                iso = (self._dp.by_id.get(actors[0]) or {}).get("country")
                b0, b1 = toks[k + 1].start, toks[j].end
                recips = [self._dp.entity(("pardoned", normalize(text[b0:b1]), iso), name=text[b0:b1],
                                          name_ar=text[b0:b1], typ="NORP", country=iso, sector="CVL", start=b0, end=b1)]
        if typ == "CONCEDE" and actors and any("عتذ" in toks[k].norm for k in range(ts, te)) and not negated:
            said = next((g for g in groups if g["ids"] == recips), None) if recips else None
            if said is not None and said["s"] > 0 and (_accuse.described_by(toks, said["s"]) or _accuse.described_by(
                    [t._replace(norm=t.norm[1:]) if t.norm[:1] == "و" else t for t in toks[said["s"] - 1:said["s"]]], 1)):
                recips = []  # "اعتذر الموقع الإيراني المقرب من التيار الأصولي والموالي للمرشد الأعلى": whom the
                # apologizer is close to describes it; no addressee
            if not recips:
                recips = self._apology_to(text, toks, groups, te, actors) or self._accuser_of(actors, ("REJECT",))
                # (else the one who denied what the apologizer told: "نفى حزب الله ما نشره موقع فردا نيوز ... اعتذر الموقع
                # الإيراني عن نشره تصريحات حسن نصرالله": to Hezbollah. Not the author of a condemnation: "بيان يدين
                # الملاحظات التي أدلى بها عباس ... وقالت إن عباس قدم اعتذاره" was made to those his words offended)
        if amnesty and not recips:
            got = self._pardon_parties(text, toks, groups, ts, te, actors, cut)
            if got is not None:
                actors, recips = got
        if official_protest is not None:
            actors, recips = official_protest
        if replied is not None:
            recips = [i for i in replied["ids"] if i not in actors]
            if not recips:
                return None
        if verbal_attack is not None:
            obj = verbal_attack
            recips = [r for r in recips if r in obj["ids"] or any(
                r in g["ids"] and obj["e"] <= g["s"] <= obj["e"] + 6 and _conj(text, toks, g["m"][0]) for g in groups)] \
                or list(obj["ids"])
        if charged and recips:
            prev = next((e for e in self._recent_events[::-1] if e["type"] in ("COERCE", "SANCTION")
                         and e["_sent"] >= st.i - 3 and set(e["recipients"]) & set(recips) and e["actors"]), None)
            actors = list(prev["actors"]) if prev is not None else []
        if typ == "SUPPORT" and not hyp and not is_noun and told is not None and actors and ttok.norm[:1] in "يت" \
                and any(r.startswith(("دعم", "يدعم", "تدعم")) for r in readings(ttok.norm)):
            # "وقال بوريطة إن إيران وحزب الله يدعمان البوليساريو بتدريب وتسليح مقاتليها": a standing backing by
            # another side that a speaker asserts is his charge against it (the accusation is the act told), not a
            # backing reported as happening; the speaker's own side backing (قال المتحدث الأمريكي إن واشنطن تدعم) stays
            spk = next((g for g in groups if g["prep"] is None and cut <= g["s"] and g["e"] <= told), None)
            sc = {(self._dp.by_id.get(i) or {}).get("country") for i in (spk["ids"] if spk else [])} - {None}
            ac = {(self._dp.by_id.get(i) or {}).get("country") for i in actors} - {None}
            if spk is not None and not set(spk["ids"]) & set(actors) and sc and ac and not sc & ac:
                hyp = True
        received = False
        if typ == "SUPPORT" and ts > 0 and ttok.norm.lstrip("وف").removeprefix("ب").removeprefix("ال").startswith(
                ("دعم", "تاييد", "ترحيب", "تضامن")):
            # "تلقت رئيسة الحكومة البريطانية تيريزا ماي دعما من عدد من وزرائها"، "حظي المقترح بدعم الولايات المتحدة"،
            # "نال تأييد الأحزاب": the support is given to the receiving verb's subject by the party after من (or in the
            # genitive); the receiver is never its giver
            rv = next((k for k in range(ts - 1, max(cut - 1, ts - 7), -1)
                       if toks[k].norm.lstrip("وف") in self.lex.stance_receive
                       and not _strong_between(text, toks, k + 1, ts)), None)
            if rv is not None:
                received = True
                rcv = next((g for g in groups if g["prep"] is None and g["s"] > rv and g["e"] <= ts), None) or next(
                    (g for g in groups[::-1] if g["prep"] is None and g["e"] <= rv and g["s"] >= cut
                     and not _strong_between(text, toks, g["e"], rv)), None) or (next(
                        (g for g in groups if g["prep"] is None and cut <= g["s"] <= cut + 3 and g["e"] <= rv), None)
                        if toks[rv].norm[:1] == "و" and text[toks[rv - 1].end:toks[rv].start].strip() in ("،", ",")
                        else None)  # (a verb joined after a comma: "وألقت بريطانيا باللوم ...، وحظيت بدعم الحلف")
                giver = next((g for g in after if g["s"] - te <= 4 and (g["prep"] in ("من", "من قبل") or g["s"] == te
                                                                         and g["prep"] is None)
                              and not _strong_between(text, toks, te, g["s"])), None)
                actors = list(giver["ids"]) if giver is not None else []
                recips = [i for i in rcv["ids"] if i not in actors] if rcv is not None else []
                if not actors or not recips:
                    return None
        own = self._own_agree
        if typ == "AGREE" and own is not None and own[:2] == (st.i, ts):
            hyp, negated = False, False  # the agreement its own sides welcome (a SUPPORT reading, above) was reached
            actors, recips = own[2][:1], own[2][1:]
        held = typ == "PROTEST" and _gatherings.is_held(ttok.norm)  # a strike or sit-in noun (gatherings.py)
        told = _gatherings.strike_told(text, toks, ts, te) if held else None
        # a protest noun told as going on: "head" (وسط استمرار المظاهرات) or "after" (مظاهرات مستمرة لليوم السادس)
        going = _gatherings.told_ongoing(text, toks, ts, te) if typ == "PROTEST" and is_noun else None
        if typ == "PROTEST" and not actors:
            crowd = self._crowd_subject(text, st, groups, locs, te) if not is_noun else \
                self._crowd_of_occurrence(text, toks, groups, locs, ts)
            if crowd is None and is_noun and ttok.norm.lstrip("و").startswith(_PROTEST_NOUNS) \
                    and (iso := _gatherings.witnessed_place(text, toks, groups, ts, te)):
                crowd = self._implied_crowd(iso)  # "احتجاجات شهدتها العاصمة عمّان": the crowd of that place
                occasion = True
            if crowd is None and held and told \
                    and (iso := _country_after(text, toks, locs, ts) or _gatherings.state_before(text, toks, groups, ts)):
                crowd = self._implied_crowd(iso)  # "شل إضراب عام الاثنين كافة المرافق في غزة": the crowd of that place
            if crowd is None and going:
                # "وسط استمرار المظاهرات المناوئة للحكومة في جنوب العراق"، "تشهد عدة مدن جنوب العراق احتجاجات اجتماعية
                # دخلت أسبوعها الثاني": a protest going on is held by the crowd of the place it is told in
                crowd = self._implied_crowd(_country_after(text, toks, locs, ts)
                                            or _gatherings.state_before(text, toks, groups, ts))
            if crowd is not None:
                actors = [crowd]
                recips = [r for r in recips if r != crowd]
        if typ == "PROTEST" and actors and official_protest is None:
            actors, recips = self._protesters(actors, recips)
        if typ == "PROTEST" and (cont := self._continued_by(text, toks, groups, locs, ts)) is not None:
            # "يواصل العرب في إقليم الأحواز ... تظاهراتهم المناهضة للنظام"، "واصل مئات الأردنيين مظاهراتهم": the subject of
            # a verb of continuing whose object is its own protest holds it, told as taking place
            actors = list(cont)
            recips = [r for r in recips if r not in actors]
            occasion = True
        if typ == "PROTEST" and actors and is_noun and self._occurs_opening(text, toks, ts):
            occasion = True  # "استمرت التظاهرات ... ضد قمع النظام"، "وخرجت مسيرات شعبية، ظهر الثلاثاء،": told as held
        ongoing = going if actors else None
        if ongoing == "after":
            occasion = True  # "مظاهرات مستمرة لليوم السادس"، "الاحتجاجات الشعبية والنقابية المستمرة": going on
        if typ == "PROTEST" and actors and is_noun and not negated and ttok.norm.lstrip("وفبل").startswith(
                _PROTEST_NOUNS) and _gatherings.told_by_others(toks, ts, te):
            occasion = True  # "قمعت تظاهرة شارك فيها آلاف المزارعين": held, since joined
        strike = held and bool(actors) \
            and self._strikers(actors, told, _gatherings.is_strike(ttok.norm))  # "باشر عمال سكك الحديد إضرابا"، "نظم صحافيون وقفات احتجاجية"
        if typ == "ASSAULT" and actors and all(self._victim_kind(i) for i in actors):
            # "ووثق المركز إصابة 9 مدنيين جراء قذائف ميليشيا الحوثي"، "أسفر الانفجار عن مقتل أربعة أشخاص"، "عدد القتلى
            # المدنيين": people and civilians counted in an attack suffered it; an armed or state side named with them
            # is the attacker
            ents = self._dp.by_id
            armed = [i for i in recips if (ents.get(i) or {}).get("sector") in ("MIL", "REB", "COP")]
            actors, recips = armed, list(actors)  # (a place named with them is where they died, not who killed)
        if typ == "ASSAULT" and not is_noun and actors and self._told_by_attack_noun(text, toks, groups, st, actors, ts):
            actors = []  # "مقتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة استهدف قاعدة": the attack the verb describes,
            # not the party named before it, is its subject
        if typ == "ASSAULT" and is_noun and ts > 1:
            lv = next((k for k in range(ts - 1, max(-1, ts - 5), -1) if toks[k].norm.lstrip("وف") in _LAUNCH_VERBS), None)
            sg = next((g for g in groups if lv is not None and g["s"] == lv + 1 and g["e"] <= ts and g["prep"] is None
                       and not _strong_between(text, toks, lv + 1, ts)), None)
            if sg is not None and set(sg["ids"]) != set(actors) and not set(sg["ids"]) & set(recips) and all(
                    (self._dp.by_id.get(i) or {}).get("type") in ("GPE", "ORG") for i in sg["ids"]):
                # "نفذت روسيا هجوما وقحا ضد المملكة المتحدة"، "شن الجيش هجوما على": the subject right after the verb
                # of launching is the author
                actors = list(sg["ids"])
        if typ == "ASSAULT" and recips:
            rg = next((g for g in groups if g["ids"] == recips and g["s"] >= te), None)
            if rg is not None and any(toks[k].norm in _CONTRAST or toks[k].norm == "في" and toks[k + 1].norm == "حين"
                                      or toks[k].norm in ("مما", "ما") and toks[k + 1].norm.lstrip("و") in _SEQUEL
                                      for k in range(te, rg["s"])):
                # "فجر انتحاري نفسه في كابول موقعا تسعة قتلى فيما يكثف المسلحون ضغوطهم": a party of a contrast clause
                # after the attack is no target of it
                recips = []
        if typ == "ASSAULT" and actors and _suffered_losses(text, toks, groups, ts, actors):
            # "تكبدت ميليشيات الحوثي خسائر بشرية كبيرة من المعارك وغارات التحالف العربي"، "وشهدت المليشيات الحوثية
            # خسائر بشرية بعد مقتل العشرات في قصف لمقاتلات التحالف": who suffered the losses was attacked
            actors, recips = [r for r in recips if r not in actors], list(actors)
        if typ == "ASSAULT" and not is_noun and ttok.norm.lstrip("وف") in _HARMED_BY_NOUN:
            sb = _attack_subject(self, text, toks, groups, ts, te)
            if sb is not None and not (actors and recips):
                # "قتلت غارة جوية للتحالف العربي الداعم للشرعية في اليمن قائدا عسكريا في ميليشيات الحوثي": an attack
                # noun subject of a verb of harm names its author after it (لـ, a nationality); its object suffered
                actors, recips = sb
        if typ == "ASSAULT" and len(actors) > 1 and not recips and _reciprocal(toks, ts):
            # "تبادلت القوات الهندية والباكستانية إطلاق نيران المدفعية"، "اشتبك الجيش وحركة حماس": the sides named
            # together as the subject of a reciprocal verb fought each other: the first against the others
            actors, recips = actors[:1], actors[1:]
        if typ == "ASSAULT" and is_noun and not actors:
            actors = self._relative_launcher(text, toks, groups, ts, recips) or actors
        # an attack or protest whose sides the sentence does not name (ووقع الهجوم فجر أمس، قتل 20 شخصا في
        # تفجير) is still one when the sentence classifier reads it so; kept as a weak reading, decided in _decide
        if typ == "ASSAULT" and actors:
            actors = self._led_actor(toks, groups, actors, recips)
        site_owned = False
        if not recips and typ == "ASSAULT" and actors and not negated and ttok.norm.lstrip("و") not in _HARM_NOUNS:
            # (not after a harm noun: sites are struck by an attack, not by a wound or a death)
            recips = self._site_owner(text, toks, groups, te, actors)
            site_owned = bool(recips)
        if not recips and typ == "ASSAULT" and actors and not is_noun and not negated and loc is not None and any(
                toks[k].norm.removeprefix("ال") in _STRUCK_SITES and all(
                    set(g["ids"]) <= set(actors) for g in groups if te <= g["s"] < k)
                for k in range(te, min(len(toks), te + 6))):
            # "قصف الطيران الإسرائيلي مطار التيفور العسكري في محافظة حمص السورية": a site struck in another state's land
            # (no party named) strikes that state
            iso = (self._dp.by_id.get(loc) or {}).get("country")
            if iso and iso not in {(self._dp.by_id.get(a) or {}).get("country") for a in actors}:
                recips = [self._dp.state(iso)]
        if not actors and not negated and (own_st := _owners.stance_owner(
                self, text, st, toks, ts, te, typ, last_actor, lambda a, b: bool(_STRONG.search(text, toks[a].end, toks[b].start)))):
            # "أعلن رئيس وزراء هايتي جاك غي لافونتان السبت استقالته"، "مؤكداً تأييده عودة روسيا": the pronoun on a stance
            # noun governed by a verb of stating is that verb's subject (owners.py)
            actors = own_st
            recips = [r for r in recips if r not in actors]
        weak = not self._no_veto and self.classifier is not None and typ in self.classifier.models \
            and (not actors or not recips and typ not in UNDIRECTED)
        sentenced = False
        if typ == "SANCTION" and trig.mode == "convict" and not actors and not pron_form \
                and ttok.norm.lstrip("وف") in ("حكم", "حكمت", "قضي", "صدر", "صدرت"):
            # "حكم بالسجن 10 سنوات على الناشط الحقوقي الإماراتي أحمد منصور": a passive verdict; the one sentenced stands
            # after على, past the term
            on = _judicial.sentenced_on(self, text, toks, [g for g in after if g not in locs],
                                        te - 1 if toks[te - 1].norm == "علي" else te, te + 9)  # (its على: "حكم على")
            if on is not None and (not recips or set(on["ids"]) == set(recips)):
                recips, sentenced = list(on["ids"]), True
            elif on is None and not recips and not negated and not hyp and toks[te - 1].norm == "علي" \
                    and (court := self._implied_court([])) \
                    and (convicts := self._unnamed_detainees(text, toks, groups, te, court, convicted=True)):
                # "حكم على 14 من العاملين في الصحيفة بالسجن"، "وحكم على 27 متهما بالسجن": a passive verdict on people
                # counted or described, no party named: the implied convicts of the story's state (its court, below)
                recips, sentenced = convicts, True
        if typ == "SANCTION" and trig.mode == "convict" and ttok.norm.lstrip("وف") in _judicial.PUNISHED and actors and not recips:
            # "عوقبت امرأتان في ماليزيا بالضرب": a passive verb of punishing; the party after it was punished
            recips, actors = list(actors), []
        if not actors and not weak and typ == "SANCTION" and trig.mode == "convict" and recips and not negated \
                and not hyp and not any(toks[k].norm.lstrip("و") in _FACING and not (pron_form and toks[k].norm.lstrip(
                    "و") == "قد") for k in range(max(0, ts - 4), ts)) \
                and (pron_form or sentenced or any(g["ids"] == recips and g["s"] - te <= 3 and g["prep"] in (None, "ل")
                                           and not _strong_between(text, toks, te, g["s"]) for g in after)) \
                and not any((self._dp.by_id.get(i) or {}).get("sector") == "JUD" for i in recips):
            # (the convicted right after it, السجن 10 سنوات لنواز شريف: not "ومحكوم عليه بالإعدام، تحدث الرئيس")
            # "حكم على حميد بقائي الثلاثاء بالسجن 15 عاما"، "أدين بالفساد": a sentence told without the court that
            # passed it was passed by the judiciary of the convicted person's country (or of the story's)
            actors = self._implied_court(recips)
        if typ == "REJECT" and te - ts == 1 and (cause_suf := _judicial.cause_pronoun(toks, ts)) is not None:
            # "قضت محكمة في موسكو بحجب تطبيق تلغرام ... لرفضه تزويد جهاز الاستخبارات بالشيفرة": the refusal given as the
            # cause of an act is the one the pronoun names (the party before that fits it), not the act's author
            owner, _og = self._antecedent(st, ts, cause_suf, [])
            if not owner:
                return None
            actors = owner
            recips = [r for r in recips if r not in owner]
        if typ == "SANCTION" and trig.mode == "designate" and ts > 0 and toks[ts - 1].norm.lstrip("و") in _RELATIVES \
                and ttok.norm[:1] in "يت":
            return None  # "حزب العمال الكردستاني، الذي تصنفه تركيا كمنظمة إرهابية": a standing classification that
            # describes the party, no act told (a perfect, "التي صنفتها واشنطن الشهر الماضي", is one)
        if recips and (typ == "COERCE" and trig.mode == "arrest" or typ == "SANCTION" and trig.mode == "convict"):
            kin = _judicial.kin_of(toks, groups, recips)
            recips = [r for r in recips if r not in kin]  # "القبض على نجل مرسي": the son, not Morsi
            if kin and not recips:
                return None
        if typ == "COERCE" and trig.mode == "arrest" and not recips and passive and not negated \
                and (arrested := _judicial.relative_passive_arrested(self, text, toks, groups, ts, te)) is not None:
            # "صورا للإرهابيين الخطيرين اللذين تم إلقاء القبض عليهما"، "المشتبه فيهم الذين تم اعتقالهم": a passive arrest
            # in a relative clause: the antecedent was arrested, by the authorities of the place (below) or the body
            # that reports it ("وقالت الشرطة إن المشتبه بهم الذين تم اعتقالهم")
            recips = list(arrested["ids"])
            actors = [a for a in actors if a not in recips]
        if typ == "COERCE" and trig.mode == "arrest" and not actors and not recips and not is_noun and not passive \
                and (arrested := _judicial.sv_arrested(self, text, toks, groups, ts, te)) is not None:
            # "أكثر من 35 امرأة إيرانية تعرضن لهجمات عنيفة واعتقلن في طهران"، "إن 10 من المشتبه بهم اعتقلوا في إزمير": the
            # people before a plural perfect of arrest with no object after it underwent it (a passive); the one who
            # arrested is then the authorities of the place (below)
            recips, passive = list(arrested["ids"]), True
        if typ == "COERCE" and trig.mode == "arrest" and not actors and not recips and not passive and not weak \
                and not negated and not hyp and (told := _judicial.passive_unnamed(self, text, toks, groups, ts, te, cut)):
            actors, recips = told  # "واعتقل الشاب بعد اصطدام سيارته ... بحاجز": a passive with the ones arrested unnamed
        if typ == "COERCE" and not weak and not negated and not hyp and (
                trig.mode == "arrest" and not actors
                or trig.mode == "restrict" and _judicial.banned_participle(ttok.norm) and not recips):
            # "واعتقل شوكان في أغسطس"، "تم اعتقال ..."، "أوقف في جورجيا"، "نجيب رزاق ممنوع من مغادرة البلاد": an arrest or
            # a ban told without its author was made by the authorities of the place (judicial.py)
            banned = trig.mode == "restrict"
            if banned:
                recips, actors = list(actors), []
            actors = _judicial.implied_arrester(self, text, toks, groups, st.i, ts, te, cut, recips, passive=passive,
                                                undergone=undergone, is_noun=is_noun, banned=banned)
            if banned and not actors:
                actors, recips = list(recips), []
        if typ == "CONSULT" and (is_noun or trig.pos == "n") and te < len(toks):
            # "تعليقا على لقاء زعيم كوريا الشمالية، كيم جونغ أون، مع الرئيس الكوري الجنوبي، مون جي-إن": the genitive of
            # a meeting noun (past a title word) met the party after مع; the one who comments on it is no side
            gen = next((g for g in after if g["prep"] is None and te <= g["s"] <= te + 1
                        and (g["s"] == te or _title_word(toks[te].norm))
                        and not _strong_between(text, toks, te, g["s"])), None)
            wg = next((g for g in after if gen is not None and g["prep"] == "مع" and 0 <= g["s"] - gen["e"] <= 4
                       and not set(g["ids"]) & set(gen["ids"])), None)
            if wg is not None and not (set(actors) & set(gen["ids"]) and set(recips) & set(wg["ids"])):
                actors, recips = list(gen["ids"]), list(wg["ids"])
        if typ == "CONSULT" and te < len(toks):
            met = _gatherings.gathered(text, toks, groups, ts, te)  # "لقاء جمع وزيري الدفاع الروسي والتركي"
            if met is not None:
                actors, recips = met
            elif trig.mode == "visit" and _gatherings.is_tour(toks, ts):  # "يقوم روحاني بجولة في سويسرا والنمسا"
                actors, recips = _gatherings.tour_sides(text, toks, groups, ts, te, actors)
        if not actors and typ == "RETREAT" and trig.mode == "release" and not negated and not hyp \
                and (ttok.norm in _PASSIVE_RELEASE or passive or ts + 1 < te and ttok.norm + " " + toks[ts + 1].norm in _PASSIVE_RELEASE) \
                and (kid := _kidnappers(text, toks, groups, te)) is not None:
            # "أطلق سراح العديد من تلميذات المدرسة اللائي اختطفتهن ميليشيا": captives released without a releaser
            # named were set free by those the relative clause says kidnapped them
            actors, recips, weak = kid[0], recips or kid[1], False
        if not actors and not weak and typ == "RETREAT" and trig.mode == "release" and recips and not negated and not hyp \
                and (ttok.norm in _PASSIVE_RELEASE or passive):
            # "أفرج، الأربعاء، عن قس أميركي سجن في تركيا"، "تم الإفراج عن": a release told without its author was made by
            # the authorities of the state where the story takes place (else of the story's state)
            iso = self._dp.scene or self._dp.focus
            if iso:
                actors = [self._dp.implied_authorities(iso)]
        if not actors and not weak and typ == "CONSULT" and recips:
            fronted = _fronted_meeting_subject(text, toks, groups, ts, recips)
            that = None if fronted else _meeting_of_that(text, toks, groups, ts, recips, cut)
            of_that = cut if that else None  # (the clause's first verb: the occasion's day is its day)
            actors = fronted or that or actors
        if not actors and typ == "ACCUSE" and ts > 0 and toks[ts - 1].norm.lstrip("و") == "في" \
                and not ttok.norm.endswith("ات") and (recips := recips or next(
                    (list(g["ids"]) for g in after if g["prep"] == "ل" and g["s"] - te <= 1), [])):
            # "وفي انتقاد ضمني لإيران، قال وزير الخارجية السعودي ..."، "قال الجبير ...، في انتقاد مبطن لإيران": the
            # criticism is the way the sentence's speaker speaks
            sp = self._speaker_near(text, st, 0, len(toks), None, reach=len(toks))[0]
            if sp is not None and sp not in recips:
                actors = [sp]
        if not actors and typ == "ACCUSE" and not is_noun and recips:
            # "أصدرت الخارجية السعودية بيانا ... واتهم البيان إيران": a statement told before speaks for its author
            actors = _accuse.statement_author(self, text, sents, st, toks, te, groups, recips) or actors
        if not actors and recips and not is_noun and typ == "AGREE" and ts > 0 \
                and toks[ts - 1].norm.lstrip("وب") in _DEAL_NOUNS:
            # "صفقة توصلت إليها النيابة العسكرية الإسرائيلية مع فريق الدفاع": the party after the verb's pronoun reached
            # the deal, with the one after مع
            actors, recips = self._relative_subject(text, toks, groups, ts, te, actors, recips)
            if actors and not recips:
                recips = next((list(g["ids"]) for g in after if g["prep"] == "مع" and not set(g["ids"]) & set(actors)
                               and not _full_stop_between(text, toks, te, g["s"])), [])
            if len(actors) > 1 and not recips:
                actors, recips = actors[:1], actors[1:]  # "لاتفاق توصلت إليه المعارضة وروسيا": its two sides
        if typ == "MOBILIZE" and actors and (is_noun or _vn(ttok.norm)) and ttok.norm.lstrip("وفبل")[:2] != "ال" \
                and (qsp := next(((qs, qe) for qs, qe in quotes_spans if qs <= t0 < qe and text.count(" ", qs, qe) >= 3),
                                 None)) is not None and not any(
                    set(g["ids"]) & set(actors) and qsp[0] <= toks[g["s"]].start < qsp[1] for g in groups):
            # "قال المتحدث باسم وزارة الدفاع الأمريكية: "إرسال مقاتلات من الجيل الخامس لسوريا لا يتماشى مع التصريحات
            # الروسية"": a deployment noun without its author inside a quote is the act the speaker speaks of, not his
            actors = []
        if typ == "ASSAULT" and not is_noun and _kidnap_verb(ttok.text) and ttok.norm.lstrip("و") not in _KIDNAP_VERBS \
                and (doer := next((g for g in groups if g["s"] == te and g["prep"] is None), None)) is not None \
                and (held := next((g for g in groups[::-1] if g["e"] <= ts and ts - g["e"] <= 1
                                   and not _full_stop_between(text, toks, g["e"], ts)), None)) is not None \
                and not set(doer["ids"]) & set(held["ids"]):
            # "جثث 39 عاملا هنديا، خطفهم مسلحون في العراق": a verb of kidnapping with its object pronoun and a party
            # right after it: that party kidnapped, the one the pronoun takes up (named just before) was kidnapped
            actors, recips = list(doer["ids"]), list(held["ids"])
        if typ in ("ASSAULT", "COERCE") and actors and not is_noun and ts > 0 and toks[ts - 1].norm in _RELATIVES \
                and (ttok.norm.lstrip("و") in _HARM_PASSIVE if typ == "ASSAULT" else trig.mode == "arrest" and (
                    ttok.norm in _ARREST_PASSIVE or ttok.norm == "قبض" and te - ts == 2
                    and toks[ts + 1].norm in ("عليه", "عليها", "عليهم", "عليهما"))) \
                and not any(g["prep"] is None and te <= g["s"] <= te + 1 for g in groups) \
                and (ante := next((g for g in groups if g["e"] == ts - 1), None)) is not None \
                and set(actors) == set(ante["ids"]) and not _STRONG.search(text, toks[ts - 1].end, toks[ts].start):
            # "محمد ديوجي، الذي اختطف يوم الخميس الماضي"، "الصحفي الذي قتل في إسطنبول": a bare perfect of harm opening a
            # relative clause with no object after it is a passive (اُختطف، قُتل): its antecedent suffered it; so for an
            # arrest ("وكان عبد العظيم، الذي قبض عليه مساء السبت"، "الشاب الذي اعتقل الأحد": قُبض عليه، اُعتقل)
            # (no weak reading: the attack told elsewhere with its author takes its day, below)
            actors, recips, weak = [], list(ante["ids"]), False
        if typ == "ASSAULT" and actors and ttok.norm.lstrip("وفبل") in _HARM_GENITIVE and all(
                (x := self._dp.by_id.get(i) or {}).get("type") == "GPE"
                and not str(x.get("kb_id") or "").startswith("country:") for i in actors):
            actors = []  # "وقع انفجار وسط العاصمة الأفغانية كابول، أسفر عن مقتل 3 أشخاص": a town where people were
            # killed did not kill them
        if not actors and recips and not negated and te - ts == 1 and typ not in ("ASSAULT", "COERCE", "SANCTION"):
            actors = self._possessive_agent(st, toks, groups, ts, te, recips)
        if not actors and not weak and typ == "ACCUSE" and te - ts == 1 and _bare_noun(ttok.norm, "وفبل") in _CHARGE_NOUNS \
                and (dc := self._directed_charge(text, toks, groups, ts, te, st, passive_only=True)):
            actors, recips = dc  # "ألقي القبض عليه الاثنين، ووجهت له لائحة تشمل ست اتهامات": a passive charge after an
            # arrest was brought by those who arrested (charges.passive_charge, s20charge)
        if not actors and not weak:
            if typ == "ASSAULT" and recips and not negated:
                # "وقتل محسود في غارة بطائرة بلا طيار الخميس": no attacker named, but the day of an attack told
                # elsewhere with its author; kept only to date that event (dropped after merging)
                date, date_text, _, _ = self._date(doc, sents, st, ts, te, t0, t1, pub, typ)
                if date_text and date:
                    return {"id": "", "type": typ, "mode": trig.mode, "context": [], "actors": [], "recipients": recips,
                            "location": None, "date": date, "date_text": date_text, "negated": False, "hypothetical": hyp,
                            "historical": hist, "sentence": text[st.start:st.end], "start": st.start, "end": st.end,
                            "trigger": {"text": text[t0:t1], "start": t0, "end": t1}, "confidence": 0.0,
                            "_sent": st.i, "_donor": True}
            return None
        if typ == "ACCUSE" and trig.mode == "disapprove" and ttok.norm.lstrip("و").startswith(("ادان", "ادين", "تدين", "يدين", "دانت", "دانو")) \
                and all((self._dp.by_id.get(i) or {}).get("sector") == "JUD" for i in actors):
            # "أدانت محكمة إسرائيلية شابا بإرسال تهديدات"، "أدان القضاء امرأة بالقتل": a court convicts, it does not
            # condemn; the convicted is its object
            if not recips or negated or hyp or not any(g["ids"] == recips and g["s"] - te <= 3 for g in after):
                return None  # (the convicted is the object right after the court)
            typ, trig = "SANCTION", trig._replace(type="SANCTION", mode="convict")
        if typ in ("THREATEN", "REQUEST", "ACCUSE", "REJECT") and not is_noun and ttok.norm[:1] == "و" \
                and ttok.norm[1:2] in "يتن" and (not recips or not subj):
            # "أستراليا تطرد دبلوماسيين روسيين وتهدد بمقاطعة المونديال": a verb joined by و to the previous verb of the
            # clause, with only that verb's object between them, shares its subject, and its target when it names none
            prev = next((e for e in self._recent_events[::-1] if e["_sent"] == st.i and e["actors"]), None)
            if prev is not None and prev["type"] not in MATERIAL_ACTS:
                prev = None  # (the target of a condemnation is not the addressee of the call after it: "يدين ... ويدعو")
            pk = next((k for k in range(ts) if prev is not None and toks[k].end == prev["trigger"]["end"]), None)
            if pk is not None and 0 < ts - pk <= 8 and not _strong_between(text, toks, pk + 1, ts) \
                    and toks[pk].norm.lstrip("وف") in VERB_FORMS \
                    and all(set(g["ids"]) <= set(prev["recipients"]) or g["e"] <= pk or g["s"] >= ts
                            or all(x.kind == "NORP" for x in g["m"])
                            or any(set(r["ids"]) <= set(prev["recipients"]) and r["s"] < g["s"] <= r["e"] for r in groups)
                            for g in groups) \
                    and not (subj is not None and subj["s"] >= te):
                actors = list(prev["actors"])
                if not recips:
                    recips = [r for r in prev["recipients"] if r not in actors]
        if not recips and typ in ("REJECT", "THREATEN", "REQUEST", "ACCUSE", "AGREE", "SUPPORT") and st.i == 0:
            hp = self._headline_pair(text, toks, groups, ts)
            if hp is not None and any(g["s"] >= te and g["prep"] not in ("في", "ب") and not set(g["ids"]) & set(hp[0])
                                      for g in groups):
                hp = None  # "البنتاغون للكونغرس: ندعم السعودية": the act names its own target
            if hp is not None and (not actors or set(actors) & set(hp[0]) or _first_person(ttok.norm, toks, ts)):
                actors, recips = hp  # "بكين لواشنطن: لن نتنازل عن شبر من أراضينا": the headline names speaker and addressee
        if typ == "ACCUSE" and not recips and actors and not is_noun:
            recips = self._judged_act_author(text, st, toks, groups, ts, te, actors)
        if typ == "ACCUSE" and te - ts == 1 and (cn := _bare_noun(ttok.norm, "وفبل")) in _CHARGE_NOUNS:
            dc = self._directed_charge(text, toks, groups, ts, te, st)
            if dc is None and after_arrest:
                return None  # (the charge of the arrest or sentence told before, unless directed by someone named)
            if dc == ():
                return None  # "وجه الإدعاء الماليزي 17 تهمة إلى زوجة رئيس الوزراء السابق نجيب رزاق": the relative,
                # not the party named, is charged; no person of the story fits (s20charge)
            if dc is not None:
                actors, recips = dc
                trig = trig._replace(mode="allege")
            elif cn in _DIRECTED_ONLY:
                return None  # "ويواجه المشتبه به ورفاقه اتهاما بحرق الفتاة": the indefinite accusative is read only as
                # the object of a verb of directing
        if inq is not None and typ not in MATERIAL_ACTS and not is_noun:
            actors, recips = self._quoted_self(toks, groups, ts, te, inq, actors, recips)
        self._planned_retold = False
        if typ == "CONSULT" and (is_noun or trig.pos == "n") and self._meeting_retold(text, toks, groups, st, ts, te):
            return None
        if self._planned_retold:
            hyp = True  # the planned meeting told before, named again
        if typ == "THREATEN" and not recips and actors:
            recips = self._warned_target(text, toks, groups, te, actors)
        if inq is not None and inq.get("speaker") in actors:
            actors, recips = self._decision_owner(st, toks, ts, inq, actors, recips)
        if not is_noun and typ not in MATERIAL_ACTS:
            actors, recips = self._relative_subject(text, toks, groups, ts, te, actors, recips)
            actors, recips = self._subject_after_pronoun(text, toks, groups, ts, te, actors, recips)
        if typ in ("SUPPORT", "ACCUSE", "REJECT") and recips and not is_noun:
            recips = _sides_between(text, toks, groups, recips)
        if typ == "CONSULT" and ("ستقبل" in ttok.norm or "ستقبال" in ttok.norm):
            if _receives_displaced(text, toks, ts, te) or recips and all(
                    _displaced_party(self._dp.by_id.get(i) or {}) for i in recips):
                return None  # (also the displaced told further before the pronoun: "لا يزال نحو 450 مهاجرا ...
                # حول الجهة المسؤولة عن استقبالهم")
        if typ == "CONSULT" and recips and (all((self._dp.by_id.get(i) or {}).get("sector") == "MED" for i in recips) or any(
                set(g["ids"]) in (set(recips), set(actors)) and g["s"] > 0 and toks[g["s"] - 1].norm.lstrip("وبل") in _PRESS
                for g in groups)):
            return None  # "وتحدث ترامب مع الصحفيين"، "خلال لقائه عددا من الإعلاميين": a press encounter, no consultation
        if typ == "CONSULT" and trig.pos != "n" and trig.mode != "visit" and te < len(toks) \
                and toks[te].norm in ("خلالها", "خلاله"):
            actors, recips = self._met_during_visit(text, toks, groups, ts, te, actors, recips)
        if typ == "CONSULT" and trig.mode not in ("visit", "phone") and self._own_session(text, toks, groups, ts, te,
                                                                                         actors, recips, is_noun or trig.pos == "n"):
            return None  # "خلال مداخلته باجتماع لمجلس الأمن الدولي"، "بعد اجتماع لمجلس الأمن الحكومي"، "يعقد مجلس الأمن
            # الدولي اجتماعا طارئا ... حول مسالة تسميم الجاسوس سيرغي سكريبال": a council's own session
        if typ == "CONSULT" and trig.mode == "visit" and not is_noun and "صل" in ttok.norm \
                and not _arrival_has_visitor(text, toks, groups, ts, te, actors):
            return None
        if typ in _NOT_ACT_TYPES and _not_an_act(toks, ts, te, typ):
            return None  # "لوحوا للدبلوماسيين المغادرين"، "طالب لجوء سوري"، "إيجاز عبر الهاتف"، "الإدانة بتهمة الفساد"
        if typ == "SANCTION" and st.i > 0 and _sanctions_in_force(toks, ts, te):
            return None  # "إن العقوبات الأميركية المفروضة على كوريا الشمالية ستبقى"، "ألا تؤثر العقوبات على إيران"، "وحول
            # العقوبات الأمريكية على روسيا"، "لجنة مجلس الأمن التي تراقب العقوبات": sanctions in force, told of
        if is_noun and typ == "ACCUSE" and _denied_after(toks, te):
            return None  # "وهي اتهامات نفتها الحكومة"، "المزاعم التي نفاها الكرملين": the accusation someone denies
        if is_noun and typ in ("ACCUSE", "THREATEN", "REQUEST") and _retold_act(toks, ts):
            return None  # "إنه من غير الواضح إلى ماذا تستند هذه الاتهامات"، "نفى تلك المزاعم": told before, by others
        if typ == "REQUEST" and not is_noun and (drafted := _appeals.draft_author(self, text, toks, groups, ts)):
            actors, recips = drafted  # "وزعت واشنطن مسودة بيان تطالب المجلس بأن يدين": the one who tables the draft
            # asks what it asks (s21freshverbal)
        if typ == "REQUEST" and (by := _request_from(toks, groups, ts, te)) is not None:
            # "انعقاد مجلس الأمن بطلب من الكويت": the party after من made the request; the subject of the clause
            # answered it. "تدخلت في اليمن بناء على طلب من الحكومة الشرعية": a request given as the ground of an act
            # (بناء على) was made before it, background to the story
            if ts > 1 and toks[ts - 2].norm.lstrip("و") == "بناء":
                return None
            if ts > 0 and toks[ts - 1].norm.removeprefix("و") in _REQUEST_COPULAS:
                return None  # "لأنها جاءت بطلب من حكومته"، "التدخل ... كان بطلب من حكومة اليمن": what an act was, its
                # ground told as a characterisation, not a request of the story (s21freshverbal)
            recips = [i for i in actors if i not in by["ids"]] or [r for r in recips if r not in by["ids"]]
            actors = list(by["ids"])
        if typ in ("ACCUSE", "THREATEN", "REQUEST") and (is_noun or typ == "REQUEST" and _suffered(toks, ts)) and (
                _suffered(toks, ts) or typ == "REQUEST" and any(
                g["prep"] is None and g["e"] == ts and g["s"] > 0 and _suffered(toks, g["s"]) and g["s"] - 1 >= ts - 8
                and not _strong_between(text, toks, g["s"] - 1, ts) for g in groups)) \
                and not _strong_between(text, toks, ts - 1, ts):
            # "مسعود أوزيل الذي واجه انتقادات"، "القانون رقم 10 الذي أثار انتقادات": the subject is criticised; the
            # critics are those named with من right after the noun, else no one. So for a call or request received
            # ("تلقى طلبا من الممثل الدائم لروسيا": طلبا a noun, no verb of two, "وتلقت منظمة حظر الأسلحة الكيميائية دعوة رسمية من دمشق": the subject between
            # the verb and the noun): the one after من asks, the subject is asked
            critic = next((g for g in groups if g["prep"] == "من" and te <= g["s"] <= te + 2), None)
            if critic is None:
                return None
            target = [i for i in actors if i not in critic["ids"]]
            actors, recips = list(critic["ids"]), target or [r for r in recips if r not in critic["ids"]]
        if typ == "CONSULT" and recips and not is_noun and _discuss_verb(ttok.norm):
            # "ناقش وزراء خارجية مجموعة السبع أنشطة إيران": a party in the genitive of what is discussed is the topic
            recips = _topic_filtered(toks, groups, ts, te, recips)
            if not recips and len(actors) > 1:
                actors, recips = actors[:1], actors[1:]  # "وناقش شكري ونظيره الروسي لافروف الأزمة السورية": the two
                # subjects are the sides once the topic's genitive is gone
        # a multilateral body talks or agrees among its members (توصل زعماء الاتحاد الأوروبي إلى اتفاق بعد محادثات
        # فوضوية، عقد مجلس الأمن اجتماعا طارئا): no counterpart is named, none is missing
        multilateral = typ in SYMMETRIC and not recips and bool(actors) and all(
            (self._dp.by_id.get(i) or {}).get("sector") == "IGO" and ((self._dp.by_id.get(i) or {}).get("wikidata")
                                                                      or _forum(self._dp.by_id.get(i)))
            for i in actors) and (self._clause_subject(text, toks, groups, actors, ts, te) or (
                ts > 0 and toks[ts - 1].norm.lstrip("و") in ("بعد", "عقب", "اثر", "خلال") and any(
                    set(g["ids"]) & set(actors) and g["prep"] is None and cut <= g["s"] <= cut + 3 for g in groups)))
        # (its own clause's subject, or the sentence's subject before "بعد محادثات": not a body named in passing)
        if multilateral and typ == "CONSULT" and trig.mode is None:
            trig = trig._replace(mode="multilateral")
        if typ == "COOPERATE" and not any(self._placed(i) for i in recips) and ttok.norm.lstrip("وفبل").startswith(_DRILLS):
            # "بدأت روسيا أكبر مناورات ... بمشاركة آلاف العسكريين الصينيين والمنغوليين"، "مناورة بقيادة الولايات المتحدة
            # بمشاركة 18 ألف جندي من دول حلف الأطلسي": who leads the drill and who takes part
            lead, part = _drill_sides(text, toks, groups, te)
            if not actors and lead is not None:
                actors = list(lead["ids"])
            recips = [i for g in part for i in g["ids"] if i not in actors and self._placed(i)
                      and not self._same_state(actors, [i])] if actors else recips  # (not "قواتها": its own forces)
        if typ in PATIENT_GEN and typ != "ASSAULT" and ttok.norm[:1] == "و" \
                and (ttok.norm[1:] not in VERB_FORMS or len(ttok.norm) == 4):  # (harm nouns: مقتل ... وإصابة, not a doer)
            chain = self._coordinated_act(text, toks, st, ts, te, t0, after, actors)
            if chain is not None:
                actors, recips = chain
        if not recips and typ in ("COERCE", "ASSAULT") and actors and not is_noun:
            recips = self._counted_of_them(text, toks, groups, ts, te, actors)
        if not recips and typ == "SUPPORT" and actors and te < len(toks) and toks[te].norm in _THE_AGREEMENT:
            # "وأعلنت قطر ترحيبها بالاتفاق": the agreement told before; its signatories are welcomed
            deal = next((e for e in self._recent_events[::-1] if e["type"] == "AGREE" and not e["negated"]
                         and not e["hypothetical"] and e["actors"]), None)
            if deal is not None:
                recips = [i for i in deal["actors"] + deal["recipients"] if i not in actors]
        if typ == "COERCE" and trig.mode == "arrest" and recips:
            recips = _judicial.people_over_places(self, text, toks, groups, te, recips)
        blocked = False
        if not recips and typ == "COERCE" and trig.mode == "restrict" and actors and not is_noun:
            recips = _judicial.blocked_destination(self, text, toks, groups, te)  # "منعت إسرائيل دخول المساعدات إلى غزة"
            blocked = bool(recips)  # (also at home: "منعت قوات النظام دخول المساعدات إلى الغوطة الشرقية")
        if lifted or not recips and trig.mode == "suspend":
            recips = self._lifted_from(text, toks, groups, te, actors, on=lifted) or recips  # (a suspended demolition: the village named after)
        if trig.mode == "suspend" and (ttok.norm.lstrip("و")[:1] == "ل" or any(
                (self._dp.by_id.get(i) or {}).get("type") == "NORP" for i in actors)):
            return None  # a reprieve is granted by an authority (a court, a government), not a people or a passer-by
            # ("شابة سويدية تنجح في وقف ترحيل لاجئ أفغاني"), and "لوقف ترحيل" is a purpose, not a done act
        if typ == "SANCTION" and trig.mode == "expel" and not recips and actors and any(
                "مرغوب" in toks[k].norm for k in range(ts, te)):
            # "اعتبرت وزارة الخارجية السعودية السفير الكندي لدى الرياض شخصا غير مرغوب فيه": the one declared so is the
            # object before the phrase, after its subject
            od = next((g for g in groups[::-1] if g["e"] <= ts and g["prep"] in (None, "ل") and not set(g["ids"]) & set(actors)
                       and not _full_stop_between(text, toks, g["e"], ts) and ts - g["e"] <= 6
                       and any(x.kind in ("PERSON", "NORP", "ORG") for x in g["m"])), None)
            if od is not None:
                recips = list(od["ids"])
        if typ == "REQUEST" and actors and recips and _leave_country(toks, te):
            # "طلبت السعودية من السفير الكندي مغادرة البلاد"، "أمهلت الدبلوماسيين 72 ساعة لمغادرة أراضيها": a request
            # that an envoy leave is his expulsion (PLOVER SANCTION expel)
            ents = self._dp.by_id
            if all((ents.get(i) or {}).get("type") == "PERSON" and _envoy_title(toks, groups, i) or (
                    ents.get(i) or {}).get("sector") == "GOV" and (ents.get(i) or {}).get("type") == "NORP" for i in recips):
                typ = "SANCTION"
                trig = trig._replace(type="SANCTION", mode="expel")
        rep = _critics.reported_by(self, toks, groups, te, actors) \
            if typ == "REJECT" and trig.mode == "deny" and actors and not negated else []
        if rep and recips:
            # "نفت وزارة الدفاع الألمانية ما نسبته وسائل إعلام قطرية للوزيرة": the party whose report is denied,
            # not the one the report is about (read before the parties after the verb)
            recips = rep
        if typ == "REJECT" and trig.mode == "deny" and actors and not negated and (not recips or any(
                r in _DENIED_PART for k in range(te, min(len(toks), te + 6)) for r in readings(toks[k].norm))
                or self._inside_charge(toks, groups, te, recips) or "@accused" in trig.need):
            # "اتهمت بريطانيا روسيا بتسميم سكريبال ... ونفت موسكو مسؤوليتها عن الهجوم على سكريبال": a denial that names
            # no one it rejects (or denies its own part in an act, whose parties are no addressee) rejects the author of
            # the accusation against the denier told before it in the story; a bare denial (fallback_triggers.tsv,
            # "نفت روسيا أي تدخل"، "والقاهرة تنفي") only that author, and none: no event (the parties after it are
            # what is denied: "نفت سوريا وقوع اعتداء خارجي على أراضيها")
            recips = rep or self._accuser_of(actors, hyp_ok=True) or self._accuser_of(actors, ("REQUEST", "THREATEN")) \
                or self._headline_opponent(sents, st, actors, toks[te - 1].end) or claimant
            # (first the party whose report or words the denial takes up by ما: "نفى حزب الله الثلاثاء ما نشره موقع
            # فردا نيوز"، "نفت إيران ما قاله رئيس الوزراء الإسرائيلي": critics.reported_by)
            # (else the author of a demand or threat aimed at the denier: "مهلة حددتها الحكومة البريطانية لكي توضح
            # روسيا ... وتنفي روسيا التورط في تسميم سكربيل")
            if "@accused" in trig.need and (not recips or ts > 0 and toks[ts - 1].norm.lstrip("و") in (
                    "من", "ما", "الذي", "التي", "الذين", "اللذين", "اللتين")):
                return None  # (none told; or "من أنكر المحرقة": whoever denies, no denial of the story's party)
        if not recips and typ == "SANCTION" and trig.mode == "convict" and not pron_form:
            # "حكمت محكمة تركية على الصحفي أحمد ألتان بالسجن المؤبد": the party after على between the verb of judging
            # and the sentence is the one sentenced
            vk = next((k for k in range(ts - 1, max(-1, ts - 12), -1) if toks[k].norm.lstrip("و") in ("حكم", "حكمت", "قضت", "قضي")
                       and not _strong_between_dated(text, toks, k + 1, ts)), None)
            on = next((g for g in groups if vk < g["s"] and g["e"] <= ts and g["prep"] == "على" and g not in locs),
                      None) if vk is not None else None
            if on is None and vk is not None:  # "وحكمت المحكمة على المعارض البارز نبيل رجب بالسجن": a title between
                on = _judicial.sentenced_on(self, text, toks, [g for g in groups if g["e"] <= ts and g not in locs],
                                            vk + 1, ts)
            if on is not None:
                recips = list(on["ids"])
                actors = [a for a in actors if a not in recips]
                sj = next((g for g in groups if g["s"] == vk + 1 and g["prep"] is None), None)
                if not actors and sj is not None and not set(sj["ids"]) & set(recips):
                    actors = list(sj["ids"])  # (the court right after the verb: "حكمت محكمة تركية على")
                if not actors and not negated and not hyp:
                    actors = self._implied_court(recips)  # "حُكم الجمعة في لندن على شابة بريطانية بالسجن": passive
        if trig.mode == "deport" and recips:
            # "رحّلت السلطات الفرنسية إمام مسجد من مرسيليا إلى الجزائر": a place after the verb of deporting is where the
            # deported were taken from or to, never the one deported (s22coerce)
            recips = [r for r in recips if (self._dp.by_id.get(r) or {}).get("type") not in ("GPE", "LOC")]
        if typ == "SANCTION" and trig.mode == "convict" and actors and not pron_form \
                and (cul := _judicial.culprit_on(self, text, toks, groups, te)) is not None:
            # "قضت محكمة أميركية بالسجن 22 عاما على مدبر الهجوم على القنصلية الأمريكية": the culprit after على is the
            # one sentenced, not the party inside his description (judicial.culprit_on)
            recips = cul
            actors = [a for a in actors if a not in recips]
        if not recips and (typ == "COERCE" and (trig.mode == "arrest" or ttok.norm.lstrip("و").startswith(("داهم", "مداهم")))
                           or typ == "SANCTION" and trig.mode == "convict") and actors and not negated and not hyp:
            # "أعلنت السلطات في إيران اعتقال أعداد كبيرة"، "أصدرت محكمة مصرية حكما بالإعدام على 13 متهما"
            recips = self._unnamed_detainees(text, toks, groups, te, actors, typ == "SANCTION")
        if typ == "COERCE" and trig.mode == "cutoff" and not recips and actors:
            # "قطع الكهرباء المستوردة عن مدن جنوبي العراق"، "قطع المياه الجارية صوب الأراضي العراقية": those cut off stand
            # after عن (or صوب، إلى: where the supply ran), past the supply's own words
            k = next((k for k in range(te, min(len(toks), te + 4)) if toks[k].norm in ("عن", "صوب", "الي", "نحو")
                      and not _strong_between(text, toks, te, k)), None)
            cut_off = next((g for g in groups if k is not None and k < g["s"] <= k + 3 and not set(g["ids"]) & set(actors)
                            and not _strong_between(text, toks, k, g["s"])), None)
            if cut_off is not None:
                recips = list(cut_off["ids"])
        if typ == "SANCTION" and trig.mode == "expel" and recips:
            dest = {i for g in after if g["prep"] == "إلى" for i in g["ids"]
                    if (self._dp.by_id.get(i) or {}).get("type") == "GPE"}
            recips = [r for r in recips if r not in dest]  # "فرنسا تطرد إمام مسجد إلى الجزائر": where one is sent is
            # no party expelled
        if typ == "SANCTION" and trig.mode == "expel" and (any(
                g["s"] - te <= 1 and g["prep"] is None and any((self._dp.by_id.get(i) or {}).get("sector") in ("REB", "MIL")
                                                             for i in g["ids"]) for g in after)
                or te < len(toks) and toks[te].norm in _judicial.ARMED_MEN):  # "بعد طرد مسلحي ما يسمى مجلس شورى المجاهدين"
            # "بعد طرد الحوثيين"، "في طرد الميليشيات المدعومة من إيران من مناطق واسعة": armed men driven out of ground
            # are no expulsion (PLOVER SANCTION expels diplomats, clerics, aid workers) but ground taken from them: an
            # ASSAULT when an armed force or a state drives them out ("المقاومة تطرد الحوثيين من منتجعات الحديدة"،
            # "نجاح قوات المقاومة ... في طرد الميليشيات المدعومة من إيران"), else nothing
            driven = next((g for g in after if g["s"] - te <= 2 and g["prep"] is None and any(
                (self._dp.by_id.get(i) or {}).get("sector") in ("REB", "MIL") for i in g["ids"])), None)
            if driven is not None and set(driven["ids"]) & set(actors):
                # (the driven group read as the verbal noun's or the verb's subject: the armed party before it drives)
                near = [m for m in (st.ments or ()) if m.e <= ts and m.eid not in driven["ids"] and (
                    str((self._dp.by_id.get(m.eid) or {}).get("kb_id") or "").startswith("country:")
                    or m.sector in ("MIL", "REB")) and not _control._ally(toks, m.s)
                        and not _full_stop_between(text, toks, m.e, ts)]
                actors = [near[-1].eid] if near else []
            if not actors or driven is None or set(driven["ids"]) & set(actors) or not all(
                    (x := self._dp.by_id.get(i) or {}).get("type") == "GPE" or x.get("sector") in ("MIL", "REB")
                    for i in actors):
                return None
            typ, trig, recips = "ASSAULT", trig._replace(type="ASSAULT", mode="military"), list(driven["ids"])
            driven_out = list(actors)
        open_expel = not recips and typ == "SANCTION" and trig.mode == "expel" and bool(actors) \
            and _legal.diplomats_after(toks, te) and _legal.list_item(text, toks[ts].start)  # "- السويد: قامت بطرد
        # دبلوماسي واحد، حسبما ذكرت ... لـCNN": whose envoys, the story's other items tell (legal.refine)
        if typ == "CONSULT" and actors and not negated and all(
                _feature(r, {"start": st.start, "end": st.end}, self._dp) for r in recips):
            host = _visited_place(text, toks, [g for g in groups if all(x.kind in ("GPE", "LOC", "FAC") for x in g["m"])],
                                  te, actors, self._dp.by_id)
            if host:
                loc = loc or (recips[0] if recips else None)  # (the city talked about stays the location)
                recips = host
            # ("مبادرة الحديدة التي ناقشها المبعوث الأممي، مارتن غريفيث، خلال زياراته إلى صنعاء": talks held on a
            # visit are with the place visited, where no party but a city talked about is named)
        if not recips and typ == "CONSULT" and trig.pos == "n" and actors and loc and not _feature(
                loc, {"start": st.start, "end": st.end}, self._dp) and te < len(toks) and any(
                g["s"] == te and loc in g["ids"] for g in groups) and not self._same_state(actors, [loc]):
            recips = [loc]  # "روسيا تستبق قمة طهران": the capital a summit is named after hosts it
        if not recips and typ == "AID" and actors and not negated:
            recips = _aided_place(text, toks, locs, te, actors, self._dp.by_id) if any(
                set(actors) <= set(g["ids"]) and g["e"] <= ts for g in groups) else []
            # ("أن التحالف يواصل إدخال المساعدات عبر مدينة الحديدة": the place the aid goes to or through receives it;
            # the giver named before the aid, not a party after the place: "إلى الغوطة التي يسيطر عليها مسلحو المعارضة")
        if typ == "REQUEST" and not is_noun and te < len(toks) and toks[te].norm in ("منه", "منها", "منهم", "منهما"):
            # "وجه رسالة إلى الرئيس الروسي فلاديمير بوتين ... يطلب منه فيها العفو عنه": the one asked is the pronoun's
            # antecedent, not a party of a clause told after it
            ante, ag_ = self._antecedent(st, ts, toks[te].norm[2:], actors)
            recips = ante if ag_ is not None and ag_["toks"] is toks else []  # (in its own sentence only)
        if typ == "ACCUSE" and ts > 0 and toks[ts - 1].norm.lstrip("وبل") in _WAVES and not any(
                g["prep"] is None and g["s"] == te or g["prep"] in ("من", "من قبل") and te <= g["s"] <= te + 3
                for g in groups):
            # "بعد موجة استنكار واسعة داخل الولايات المتحدة وخارجها": a wave of outrage names no one who voices it nor
            # whom it targets
            actors, recips = [], []
        if typ == "ACCUSE" and ts > 0 and toks[ts - 1].norm.lstrip("و") == "اصابع" and not any(
                g["prep"] is None and ts - 5 <= g["s"] and g["e"] <= ts - 1 and set(g["ids"]) & set(actors) for g in groups):
            # "في الوقت الذي توجه فيه أصابع الاتهام إلى نظام الرئيس بشار الأسد": fingers pointed with no one named
            # pointing them (not "وجهت إسرائيل أصابع الاتهام إلى إيران")
            actors = []
        welcomed_visit = None
        if typ == "SUPPORT" and not recips and actors and not negated and any(
                toks[k].norm.lstrip("وبل") in _VISIT_NOUNS or toks[k].norm.lstrip("وبل")[2:] in _VISIT_NOUNS
                for k in range(te, min(len(toks), te + 5))):
            # "التقت موغيريني ... السراج الذي رحب في بيان بأول زيارة إلى ليبيا تجريها المسؤولة الأوروبية": the visit
            # welcomed is the one the sentence told, its visitor the other side of that meeting
            met = next((e for e in self._recent_events[::-1] if e["_sent"] == st.i and e["type"] == "CONSULT"
                        and set(actors) & set(e["actors"] + e["recipients"])), None)
            if met is not None:
                recips = [i for i in met["actors"] + met["recipients"] if i not in actors]
                welcomed_visit = met
        exchanged = typ in ("ACCUSE", "THREATEN") and _accuse.exchanged(toks, ts)
        if exchanged and (xk := _accuse.exchange_verb(toks, ts)) is not None \
                and len(pair := _exchanging_pair(text, toks, groups, xk, ts)) == 2 \
                and not _full_stop_between(text, toks, xk, ts) and set(actors) | set(recips) != set(pair):
            # "تبادل الرئيسان الأمريكي دونالد ترامب والإيراني محمد حسن روحاني التهديدات العدائية وسط تصاعد للتوترات بين
            # واشنطن وطهران": the two sides are the pair that exchanges, the subject of the verb of exchanging, not a
            # بين-phrase told after (accuse.exchanges adds the other way)
            actors, recips = [pair[0]], [pair[1]]
        if exchanged and not recips and len(actors) == 2 \
                and any(set(g["ids"]) == set(actors) for g in groups):  # (two sides coordinated: السعودية وقطر)
            actors, recips = [actors[0]], [actors[1]]  # "وفدا السعودية وقطر يتبادلان الاتهامات" (accuse.refine: each way)
        if not recips and typ == "RETREAT" and trig.mode == "withdraw" and actors and not weak:
            # "انسحبت القوات الروسية من مدينة حلب": the place a force leaves is what it withdraws from
            left = next((g for g in groups if (g["prep"] == "من" or g["s"] >= 2 and toks[g["s"] - 2].norm == "من" and toks[
                g["s"] - 1].norm.removeprefix("ال") in PLACE_NOUNS) and te <= g["s"] <= te + 6 and all(
                x.kind in ("GPE", "LOC") for x in g["m"]) and not set(g["ids"]) & set(actors)
                         and not _strong_between(text, toks, te - 1, g["s"])), None)
            if left is not None:
                recips = list(left["ids"])
        _u = self.lex.untargeted
        if not recips and actors and ts > 0 and (
                typ == "THREATEN" and ttok.norm in _u["threat_part"]
                and text[toks[ts - 1].end:toks[ts].start].strip() in ("،", ",")
                or typ == "THREATEN" and te - ts == 1 and not negated and ttok.norm[:1] == "و"
                and ttok.norm[1:] in _u["threat"] and not any(g["s"] == te and g["prep"] is None for g in groups)
                or typ == "REQUEST" and te - ts == 1 and not negated and (ttok.norm in _u["request_part"]
                                         and text[toks[ts - 1].end:toks[ts].start].strip() in ("،", ",")
                                         or ttok.norm[:1] == "و" and ttok.norm[1:] in _u["request"] | _u["urge"])
                and not any(g["s"] == te and g["prep"] is None for g in groups)
                and not (te < len(toks) and toks[te].norm.startswith("اياه"))):
            # (session 16, s16react) a demand or threat joined by و, or a demand told as a participle, after such an
            # act of its author, with no addressee of its own (no object after it, nor "داعية إياه"), is made of that
            # act's target: "اتهمت منظمة العفو الدولية الجيش المصري باستخدام قنابل عنقودية ...، وطالبت بـ"الوقف الفوري لذلك""،
            # "أمريكا تتهم روسيا وإيران والأسد بخرق هدنة سوريا وتهدد برد عسكري"; a rejection counts for a demand
            # ("رفضت إيران ... هذا الاتهام وطالبت بإجراءات تصحيحية")
            # "أدان بومبيو إيران ...، متوعدا في الوقت ذاته بالانسحاب من الاتفاق النووي"، "طالبت روما باريس بالاعتذار،
            # مهددة بإلغاء اجتماع": a threat told as the circumstance of a condemnation, a penalty or a demand by the same
            # actor is aimed at its target. The same actor also when the participle took the subject's nationality and the
            # act before took its apposition ("وجهت المندوبة الأمريكية ..، نيكي هايلي، انتقادات ...، مهددة بتحرك"): that act's
            # author
            mine = _countries(actors, self._dp)
            prev = next((e for e in self._recent_events[::-1] if e["_sent"] == st.i
                         and e["type"] in (("ACCUSE", "SANCTION", "REQUEST") if typ == "THREATEN"
                                           else ("ACCUSE", "SANCTION", "REQUEST", "REJECT"))
                         and (set(e["actors"]) == set(actors) or mine and _countries(e["actors"], self._dp) == mine and all(
                             (self._dp.by_id.get(i) or {}).get("type") == "NORP" for i in actors))
                         and e["recipients"] and not e["negated"] and not e["hypothetical"]), None)
            if prev is not None:
                actors = list(prev["actors"])
                recips = [r for r in prev["recipients"] if r not in actors]
            elif typ == "THREATEN" and ttok.norm in ("مهدده", "مهددين"):
                return None  # (these forms are mostly "threatened"; read as the threatening participle only after such
                # an act: "كشف أردوغان أن الولايات المتحدة منحته مهلة ...، مهددة بفرض" has no act of its author before)
        if typ == "CONSULT" and is_noun and not recips and actors and not negated and dk_held:
            # "المحادثات التي أجراها وزير الخارجية الأميركي مايك بومبيو في بيونغ يانغ": talks a foreign visitor held
            # in a state's capital are held with that state
            host = next((g for g in locs if g["prep"] == "في" and 0 <= g["s"] - te <= 12 and self._foreign_place(g, actors)
                         and all(x.kind == "GPE" and str((self._dp.by_id.get(x.eid) or {}).get("kb_id") or "")
                                 not in _feature_places() for x in g["m"])
                         and not _full_stop_between(text, toks, te, g["s"])), None)
            if host is not None:
                recips = list(host["ids"])
        if typ == "REQUEST" and recips and not is_noun and _patient_of_demanded_act(toks, groups, recips, te):
            recips = []  # "طلبت رسميا ترحيل أحد قادة الأكراد السوريين"، "يدعو العالم الإسلامي لمواجهة إسرائيل"، "يطلب سجن
            # التركي": the genitive of the act demanded undergoes it; the one asked is another (told elsewhere or not)
        # a crowd's demand that names no addressee ("ويطالب المتظاهرون بتوزيع الثروات"، "آلاف الأرمينيين يواصلون
        # احتجاجاتهم مطالبين باستقالة الحكومة") is made of the crowd's own government, as its protest is (after merging:
        # _implied_government); kept here without a recipient
        crowd_demand = typ == "REQUEST" and not recips and bool(actors) and not negated and (
            not is_noun or ttok.norm.lstrip("و").startswith(("مطالب", "داعين", "داعيا"))) \
            and self._demanding_crowd(actors, st) and not any(
                m2.value.type == "PROTEST" and te <= m2.start_tok <= te + 6
                and not _strip_wf(toks[m2.start_tok].norm).removeprefix("ال").startswith(("متظاهر", "محتج", "معتصم"))
                for m2 in st.trigs)
        # (not a call to protest, the crowd's own act: "ودعت اللجان ... أهالي المحافظة إلى الخروج بمظاهرات")
        if typ == "REJECT" and trig.mode not in ("deny", "meet", "annul") and actors and not negated and (
                not recips or self._same_state(actors, recips)
                or not any(set(g["ids"]) & set(recips) and g["s"] >= te for g in groups)):
            # (the refuser's own ports, or a side taken from an act told before: "ورفض سالفيني ... رسو مركبهم")
            # "ترفض إيطاليا ومالطا استقبالهم"، "رفض سالفيني رسو مركبهم في الموانئ الإيطالية": the people whose entry is
            # refused, told by a pronoun on the noun of admitting or on the vessel after it, are the party before it
            # that the pronoun fits (not the refuser's own ports)
            ka = next((k for k in range(te, min(len(toks), te + 24)) if _strip_wf(toks[k].norm) in _ADMIT
                       and (k - te <= 5 and not _strong_between(text, toks, te, k) or not _full_stop_between(
                           text, toks, te, k) and text[toks[k - 1].end:toks[k].start].strip() in ("،", ",")
                           and not any(te <= m2.start_tok < k for m2 in st.trigs))), None)
            # (past the subject's apposition between commas: "ورفض وزير الداخلية الإيطالي ماتيو سالفيني، زعيم حزب
            # الرابطة ...، رسو مركبهم")
            if ka is not None:
                suf = next((x for k in (ka, ka + 1) if k < len(toks) for x in ("هما", "هم")
                            if toks[k].norm.endswith(x) and len(toks[k].norm) > len(x) + 2
                            and (k == ka or not toks[k].norm.startswith("ال"))), None)
                if suf is not None:
                    ante = self._antecedent(st, ka, suf, actors)[0]
                    recips = list(ante) if ante and not self._same_state(actors, ante) else []
                    # (the refused people unresolved: no one else is refused)
        if typ == "REQUEST" and trig.mode == "modal":
            # "قال غراهام إن تركيا يجب أن تدعم وجودا أميركيا"، "قال ويليامسون إن روسيا يجب أن تختفي": the party between
            # the أن/إن of reported speech and the modal is asked; the speaker before the complementizer asks
            got = self._modal_parties(text, toks, groups, locs, cut, ts, quotes_spans)
            if got is None:
                return None
            actors, recips = got
        if typ == "REQUEST" and trig.mode == "necessity":
            # "أشار إلى ضرورة التزام روسيا بالاتفاقات"، "شددت على ضرورة أن تتوقف روسيا عن": a demand told by a noun of
            # necessity is made of the doer of the act demanded, and read only with it (appeals.necessity_addressee)
            pst = _adverbs.stating_participle(text, toks, ts)
            if pst is None and ts > 1 and ((bw := _strip_wf(toks[ts - 1].norm)) in self.lex.untargeted["request_part"]
                                           or bw in _URGE_PARTS) \
                    and _STRONG.search(text, toks[ts - 2].end, toks[ts - 1].start):
                pst = ts - 1  # "...، مطالبا بضرورة انسحاب": a participle of demanding after a comma
            sg = None
            if pst is not None:
                # the main clause's subject: not a party of the speech it tells ("وأوضح المعلم أن دمشق لم تنخرط ...، مطالبا")
                told = [g for g in self._subjects_before(text, toks, groups, locs, cut, pst, quotes_spans, self._dp.by_id)
                        if not _adverbs.in_content_clause(toks, cut, g["s"], reported=True)]
                sg = told[0]["ids"] if told else self._participle_subject(
                    text, toks, groups, locs, cut, pst, quotes_spans, self.lex.speech, self._dp.by_id)
            # the demanding verb right before the noun (طالب بضرورة) and the event read at it
            head = None if sg else next((m2 for m2 in st.trigs[::-1] if m2.end_tok <= ts and ts - m2.end_tok <= 3
                                         and m2.value.type == "REQUEST"
                                         and not _appeals.is_necessity(toks[m2.start_tok].norm)), None)
            hv = None if head is None else next((e for e in self._recent_events[::-1] if e["_sent"] == st.i
                                                 and e["actors"] and e["trigger"]["start"] == toks[head.start_tok].start),
                                                None)
            if sg:
                # "أعربت موغيريني عن تقدير الاتحاد الأوروبي للجهود التي يبذلها الأردن ...، مؤكدة على ضرورة أن يقوم المجتمع
                # الدولي": after a participle of stating, the main clause's subject demands
                actors = list(sg)
            elif hv is not None:
                actors = list(hv["actors"])  # "وأوضح المعلم أن دمشق لم تنخرط ...، مطالبا بضرورة انسحاب": the demander's
            elif actors and (first := next((k for k in range(cut, ts) if _appeals.is_necessity(toks[k].norm)),
                                           None)) is not None and not _full_stop_between(text, toks, first, ts) and any(
                    g["s"] > first and set(g["ids"]) & set(actors) for g in groups if g["e"] <= ts):
                # "أكد الملك ضرورة محاسبة إسرائيل على جرائمها، وضرورة انسحاب القوات الإيرانية": a second demand joined
                # to the first is the same speaker's, not a party named inside the first
                cands = self._subjects_before(text, toks, groups, locs, cut, first, quotes_spans, self._dp.by_id)
                actors = list(cands[-1]["ids"]) if cands else []
            elif actors and ttok.norm[:1] == "ب":
                # "وكان هادي قد أبلغ المبعوث الأممي بضرورة انسحاب الحوثيين": the party right before بضرورة is the object
                # told, the subject before it demands
                cands = self._subjects_before(text, toks, groups, locs, cut, ts, quotes_spans, self._dp.by_id)
                if len(cands) >= 2 and cands[-1]["e"] == ts and set(cands[-1]["ids"]) == set(actors) \
                        and not set(cands[-2]["ids"]) & set(actors) and cands[-2]["e"] < cands[-1]["s"]:
                    actors = list(cands[-2]["ids"])
            recips = _appeals.necessity_addressee(self, text, toks, groups, ts, te, actors)
            if not recips:
                return None
        if not recips and typ in ("REQUEST", "ACCUSE", "THREATEN") and not weak and not crowd_demand \
                and trig.mode not in ("refuse", "retract"):
            # a generic group of political actors as the addressee ("داعيا جميع الكتل إلى القبول بالنتائج"، "طلبت الرباط
            # رسميا من الهيئات الدولية المعنية"، "اتهمت طهران القوى الأجنبية بالتدخل"): a generic party of its own
            gp = _appeals.generic_party(self, text, toks, groups, typ, ts, te, actors, negated, hyp)
            if gp is not None:
                recips = [gp]
        if not recips and typ == "REQUEST" and not weak and not crowd_demand and trig.mode not in ("refuse", "retract"):
            # the party named inside the act demanded: the body whose meeting is called ("دعت لاجتماع طارئ لمجلس
            # الأمن"), the subject of the clause demanded ("ويطالب علي حمزة بأن تحقق فرنسا في")
            recips = _appeals.act_addressee(self, text, toks, groups, typ, ts, te, actors, negated, hyp)
        if not recips and typ == "CONSULT" and is_noun and actors and trig.mode != "visit" and not multilateral \
                and not any(w in ttok.norm for w in ("قمه", "موتمر")) \
                and (home_states := _countries(actors, self._dp)) and (met_place := next((
                    g for g in locs if 0 <= g["s"] - te <= 8 and all(x.kind == "GPE" for x in g["m"])
                    and (g["prep"] == "في" or g["prep"] is None and g["s"] > 0
                         and toks[g["s"] - 1].norm.lstrip("و") in ("العاصمه", "عاصمه")
                         and g["s"] > 1 and toks[g["s"] - 2].norm == "في")
                    and not _full_stop_between(text, toks, te, g["s"])
                    and not any(te <= m2.start_tok < g["s"] for m2 in st.trigs)), None)) is not None \
                and (met_states := _countries(met_place["ids"], self._dp)) and not met_states & home_states \
                and not (te < len(toks) and _JOINED_RE.match(toks[te].norm.lstrip("و"))) \
                and not (met_place["e"] < len(toks) and toks[met_place["e"]].norm in ("مع", "ومع")) \
                and not any(te <= g["s"] and g["e"] <= met_place["s"] and set(g["ids"]) & set(actors) for g in groups):
            # (not talks that brought their holder together with a side the coder could not name, "محادثات جمعته في
            # بروكسل بالقوى الأوروبية"، "محادثاته في بروكسل مع القوى الأوروبية", nor talks whose only party is named after the noun, the matter they were about,
            # "محادثات توحيد الجيش الليبي التي عقدت في القاهرة": the city is where they met)
            # "وأجرى بومبيو محادثات استمرت يوما ونصف اليوم في بيونغ يانغ"، "يعقد المبعوث الأممي لليمن، مارتن غريفث، محادثات
            # عاجلة في العاصمة صنعاء": talks held in another state's city with no other side named are held with that
            # state (as a visit to it is); not a summit or a conference, often on neutral ground (قمة سنغافورة)
            recips = list(met_place["ids"])
        if typ == "CONSULT" and ts >= 2 and toks[ts - 1].norm == "في" and toks[ts - 2].norm.lstrip("و") in ("كان", "كانت") \
                and _strip_wf(ttok.norm) in _RECEPTION_OWNED:
            guest = self._received_guest(st, ts, set(actors) | set(recips))
            if guest is not None and (actors or recips):
                actors, recips = list(dict.fromkeys(actors + recips)), [guest]
        if typ == "ACCUSE" and recips:
            # "اتهام وزير إسرائيلي سابق بالتجسس لصالح إيران"، "لتجسسه لصالح بريطانيا": a party after لصالح is the one the
            # charged act served, never the accused
            served, kept = set(), set()
            for g in groups:
                (served if g["s"] > 0 and toks[g["s"] - 1].norm == "لصالح" else kept).update(g["ids"])
            served -= kept
            if served:
                recips = [r for r in recips if r not in served]
            victims = {i for g in groups if g["e"] - g["s"] == 1 and toks[g["s"]].norm.lstrip("وبل") in _HIS_CITIZENS
                       for i in g["ids"]}
            if victims:
                recips = [r for r in recips if r not in victims]  # "شن الأسد هجمات كيماوية وحشية ضد شعبه": a state's
                # own people named by a possessive are those the blamed act befell, never the accused
        if typ == "ACCUSE" and te - ts == 2 and toks[te - 1].norm in _DISPLEASURE and (not actors or all(
                (self._unnamed(i) and not self._named_body(i)) or (self._dp.by_id.get(i) or {}).get("type") == "NORP"
                for i in actors)):
            return None  # "وأعرب كولينز، الذي يترأس هيئة الثقافة ...، عن استيائه"، "معبراً عن استيائه" told of a Houthi
            # leader the coder does not know: a displeasure (more often a person's or a crowd's than a concern is) is
            # kept only with a named author, not a body of a relative clause nor a demonym (s21accuse2)
        if recips and typ == "ACCUSE" and te - ts == 2 and toks[te - 1].norm in _CONCERN:
            recips = self._concern_blamed(toks, groups, te, actors, recips)
            if not recips:
                return None  # "أعربت الأمم المتحدة عن قلقها حيال مصير نحو 6 آلاف لاجئ فلسطيني": a concern for someone
        if typ == "REJECT" and _charged_refusal(text, toks, groups, ts, te, self.lex.condemn, self.lex.datecue_words):
            return None  # "انتقدت فرنسا رفض إيطاليا استقبال سفينة"، "اتهمت تركيا مصر وإسرائيل برفض هبوط طائراتها": the
            # refusal is the act held against the accused, not one of the critic's (s22accuse)
        story_ref = None
        if not recips and typ in _story.REACTIONS and actors and not weak and trig.mode not in ("refuse", "retract") \
                and not multilateral:
            # "وسارعت إسرائيل ... إلى إدانة هذا النص": the act a demonstrative names again was told before without an
            # event of its own; the story's actor then stands as its author (story.referenced_authors, after sentences)
            story_ref = _story.referenced_act(text, toks, te, lambda a, b: _full_stop_between(text, toks, a, b))
        if not recips and story_ref is None and typ not in UNDIRECTED and not weak and trig.mode not in ("refuse", "curfew", "martial-law", "retract") \
                and not multilateral and not open_expel and not crowd_demand \
                and not self._untargeted_ok(text, toks, groups, typ, ts, te, actors, subj, negated, hyp, cut, st) \
                and not _appeals.generic_addressee(self, text, toks, groups, typ, ts, te, actors, negated, hyp) \
                and not _appeals.coordinated_call(self, text, toks, groups, typ, ts, te, actors, co, negated, hyp) \
                and not _appeals.adjunct_call(self, text, toks, groups, typ, ts, te, actors, negated, hyp) and not (
                typ == "CONCEDE" and (amnesty or any("عتذ" in toks[k].norm for k in range(ts, te)))
                and self._clause_subject(text, toks, groups, actors, ts, te)):
            return None  # (an apology or an amnesty stands without a named addressee: "قدم عباس اعتذاره الجمعة"; a
            # curfew or martial law falls on the population at large: "أعلنت قيادة عمليات البصرة إعادة فرض حظر التجول")
        if trig.mode == "refuse" and not (st.i == 0 or inq or any(
                toks[k].norm in self.lex.speech or toks[k].norm[1:] in self.lex.speech for k in range(ts))
                or any(c in text[st.start:t0] for c in ':"«“')):
            return None  # a refusal is a stance someone states (a quote, reported speech, a headline)
        if trig.mode == "refuse" and not all(
                (self._dp.by_id.get(i) or {}).get("country") or (self._dp.by_id.get(i) or {}).get("wikidata")
                for i in actors):
            return None  # ... by a party the text identifies  # PLOVER codes these types toward a target; without one the reading is unreliable
        if set(recips) and set(recips) <= set(actors):
            return None
        if trig.mode in ("block", "handover") and not recips:
            return None  # "جواسيس عرقلوا مشروع مانهاتن": a blocking or a refused handing over names the one refused, or
            # tells no refusal here (triggers.tsv REJECT block, refusal_triggers.tsv; a draft voted down: legal.py)
        if typ == "REJECT" and recips and actors and _own_spokesman(self._dp.by_id, groups, actors, recips, te):
            return None  # "أكد العاهل المغربي على مسامعه "رفض المغرب الصارم ..."، "قال لافروف إن موسكو ترفض التصريحات":
            # a state or government body refuses; its own official named before the refusal (or not in its sentence) is
            # the one who tells it, never the one refused (not "الحكومة العراقية ترفض تصريحات المالكي": named after)
        if typ == "REQUEST" and trig.mode == "change" and actors and all(
                (self._dp.by_id.get(i) or {}).get("type") == "NORP" for i in actors):
            return None  # "ويعتقد نحو ثلاثة من أصل أربعة أميركيين أنه يجب على الكونغرس": an opinion people hold, no demand
        eased_home = False
        if (typ == "SANCTION" or trig.mode in ("curfew", "martial-law")) and any(
                toks[k].norm.lstrip("وفبل") in _LIFT for k in range(max(0, ts - 6), ts)
                if not _strong_between_dated(text, toks, k + 1, ts)):  # (a comma before the lift verb is no break)
            # "ورفعت الولايات المتحدة في أكتوبر عقوبات"، "قررت واشنطن رفع العقوبات عن السودان": lifting or easing a
            # penalty is a concession (PLOVER CONCEDE: easing), not a sanction; so is lifting a curfew or martial law
            # (ورفعت السلطات حظر التجول: CAMEO 0813/0814, ease curfew / state of emergency)
            typ = "CONCEDE"
            eased_home = trig.mode in ("curfew", "martial-law")  # (a curfew lifted at home, like one imposed)
            trig = trig._replace(type="CONCEDE", mode=None)
            # the place or the party it is lifted from (عن، على) when named: "رفعت السلطات العراقية حظر التجول عن مدينة
            # النجف"، "رفعت الولايات المتحدة العقوبات عن شركة روسال"
            recips = self._lifted_from(text, toks, groups, te, actors, on=True) or recips
            if negated and _future_neg(toks, ts - 1 if ts > 0 and toks[ts - 1].norm.lstrip("وفبل") in _LIFT else ts):
                # "واشنطن لن ترفع العقوبات عن كوريا الشمالية"، "لا تنوي رفع العقوبات": refusing to ease them
                typ, negated = "REJECT", False
                trig = trig._replace(type="REJECT", mode=None)
                hyp = hyp and not any(toks[k].norm.lstrip("و") in _INTEND_VERBS for k in range(max(0, ts - 4), ts))
        if typ in ("AID", "AGREE") and "منح" in ttok.norm and (any(
                not self.lex.granted.isdisjoint(readings(toks[k].norm)) for k in range(max(0, ts - 2), min(len(toks), te + 12))
                if not _full_stop_between(text, toks, te, k) and not _full_stop_between(text, toks, k, ts))
                or any(toks[k].norm == "حتي" for k in range(te, min(len(toks), te + 4)))
                or ts > 2 and toks[ts - 1].norm in _RELATIVES and not self.lex.granted.isdisjoint(readings(toks[ts - 3].norm))):
            # (or heads, with its adjective, the relative clause of the verb: "المهلة الأخيرة التي منحتها إياها لندن")
            return None  # "ستمنح المصور الصحفي المصري محمود أبو زيد جائزة حرية الصحافة": a prize, not aid or a promise
            # (nor one named before the verb: "ترد لفرنسا وساما منحته للرئيس الأسد"; data/granted.tsv), nor a time
            # limit ("منح الرئيس السابق حتى بعد ظهر أمس الجمعة لتسليم نفسه")
        if typ == "PROTEST" and recips and official_protest is None and (
                crowds := [r for r in recips if r not in actors and self._crowd([r])]):
            # "تظاهر مئات العمال الأجانب احتجاجا على"، "للمتظاهرين الأردنيين، لكن المحتجون لم يغادروا": a crowd is who
            # protests, never the target; it replaces the crowd the stage implied
            recips = [r for r in recips if r not in crowds]
            if not actors or all(a in self._crowd_ids for a in actors):
                actors = crowds[:1]
        if typ == "PROTEST" and recips and actors and all((self._dp.by_id.get(i) or {}).get("type") == "NORP" for i in actors) and all(
                (self._dp.by_id.get(i) or {}).get("type") == "NORP" for i in recips) and self._same_state(actors, recips):
            recips = []  # "خرج آلاف الفلسطينيين ... في مسيرات العودة للمطالبة بحق عودة اللاجئين الفلسطينيين": people of
            # the crowd's own state named in its cause are those it marches for, no target
        if typ == "MOBILIZE" and recips:
            nv = min((m2.start_tok for m2 in st.trigs if m2.start_tok >= te and m2.value.type not in (None, "NONE")
                      and toks[m2.start_tok].norm[:1] == "و"), default=None)
            if nv is not None:
                late = {i for g in groups if g["s"] > nv for i in g["ids"]}
                recips = [r for r in recips if r not in late]  # "دمشق تستنفر قواتها وتدعو منظمة حظر الأسلحة": the
                # object of the next verb joined by و is no target of the deployment
        if typ == "MOBILIZE" and recips and all((self._dp.by_id.get(i) or {}).get("type") in ("GPE", "LOC", "FAC")
                                                for i in recips) and self._same_state(actors, recips):
            recips = []  # "الحوثيين كثفوا من إرسال التعزيزات من صنعاء وذمار ... إلى الحديدة": places of home a force is
            # sent from or to, no target
        if typ in ("COERCE", "SANCTION") and recips and (charge := [
                g for k in range(len(toks)) if toks[k].norm.lstrip("و") in _CHARGE_OPENERS
                for g in groups if k < g["s"] <= k + 8 and not re.search(r"[،,.:؛;]", text[toks[k].end:toks[g["s"]].start])]):
            # "حكم على ايلور عزريا بالسجن 18 شهرا بتهمة قتل عبد الفتاح الشريف"، "حملة اعتقالات ... بتهمة موالاة الحكومة
            # الشرعية": a party named inside the charge is its victim or the side served, never the one sentenced or
            # arrested (unless named outside the charge too); with none left the act is dropped
            outside = {i for g in groups if g not in charge for i in g["ids"]}
            charged = {i for g in charge for i in g["ids"]} - outside
            recips = [r for r in recips if r not in charged]
            if not recips:
                weak = True
        if typ in _REACTED_ACTS and ttok.norm[:1] not in "وف" \
                and (rv := self._reaction_over(text, toks, groups, ts, True)) is not None:
            # an arrest, a ban, a penalty or a release named by its verbal noun as the object of a verb of condemning
            # or welcoming: the one who reacts did not do it ("ندد الاتحاد الأوروبي باعتقال المعارض الروسي"، "معارضون
            # يشجبون اعتقال نائب رئيس حزب"، "رحبت الحكومة البريطانية بإفراج السلطات الإيرانية عن الصحفي"); a party
            # in the genitive followed by a noun without a preposition is its author and that noun its object ("استنكر
            # الشيخ سلطان منع النظام القطري مواطنيه من الحج"، "أدانت العفو الدولية اعتقال السلطات المصرية الناشط")
            # "أدان إطلاق الحوثيين لصواريخ": the light noun that carries the act, its genitive the doer (s23embedded)
            light = _embedded.light_before(toks, groups, ts)
            react_end = ts if light is None else light
            own_target = False  # (the target read from the act's own phrase: after its doer, s23embedded)
            early = {i for g in groups if g["e"] <= react_end for i in g["ids"]}  # (the reacting side, before or after its verb)
            if light is not None:
                gen0 = next((g for g in groups if g["s"] == light + 1 and g["prep"] is None and g["e"] in (ts, ts - 1)), None)
                if gen0 is not None:
                    actors = list(gen0["ids"])
            actors = [a for a in actors if a not in early]
            recips = [r for r in recips if r not in early]
            gen = None if light is not None else next((g for g in groups if g["s"] == te and g["prep"] is None), None)
            rel = gen is not None and next((g for g in groups if g["s"] == gen["e"] + 1 and g["prep"] == "عن"
                                            and toks[gen["e"]].norm == "عن"), None)
            aim = typ in _AIMED_REACTED and _embedded.aimed_at(text, toks, groups, te if light is not None else
                                                                  gen["e"] if gen is not None else None)
            if light is not None and (aim or (aim := next((g for g in groups if g["s"] == te and g["prep"] is None), None))):
                recips, own_target = list(aim["ids"]), True  # "إقدام الحوثيين على اختطاف صحفيين"
                aim = None
            if rel:
                actors, recips = list(gen["ids"]), list(rel["ids"])  # "بإفراج السلطات الإيرانية عن الصحفي"
            elif aim:
                actors, recips, own_target = list(gen["ids"]), list(aim["ids"]), True  # "قصف إيران لمقر الحزب"، "إطلاق الحوثيين
                # لصواريخ باليستية على مدن سعودية"، "قصف الطائرات الإسرائيلية مواقع في قطاع غزة" (s23embedded)
            elif gen is not None and not actors and (typ == "RETREAT" or trig.mode == "withdraw") \
                    and gen["e"] < len(toks) and toks[gen["e"]].norm == "من":
                actors = list(gen["ids"])  # "روسيا تستنكر انسحاب أميركا من اتفاق إيران النووي": who withdraws
                recips = [r for r in recips if r not in actors]
            elif gen is not None and gen["e"] < len(toks) and not _full_stop_between(text, toks, gen["e"] - 1, gen["e"]) \
                    and toks[gen["e"]].norm not in PREPS and toks[gen["e"]].norm[:1] not in "لبو" \
                    and not toks[gen["e"]].norm.isdigit():
                obj = next((g for g in groups if g["s"] == gen["e"] and g["prep"] is None), None)
                actors = list(gen["ids"])
                recips = list(obj["ids"]) if obj is not None else [r for r in recips if r not in actors]
                own_target = obj is not None
            if not actors and typ == "COERCE" and trig.mode == "arrest" and recips and not negated and not hyp \
                    and _judicial.place_state(self, text, toks, groups, te, recips):
                # "دانت منظمة العفو الدولية اعتقال نشطاء في السعودية": the state the ones arrested were held in arrested
                # them (judicial.place_state)
                actors = _judicial.implied_arrester(self, text, toks, groups, st.i, ts, te, cut, recips, passive=False,
                                                    undergone=None, is_noun=True, banned=False)
            if own_target and actors and recips and typ in _AIMED_REACTED and not negated:
                reacted, weak = True, False  # (the act told as done by its own doer: pinned against the classifier)
                if hyp and not m_decision(toks, ts):
                    hyp = self._factuality_without(st, ts, te, typ, rv)
            if not actors:
                weak = True  # (with no author named the act is read for the condemnation, which looks for its accused
                # elsewhere, and then dropped: every act has its doer; one done to no party stays, as "تستنكر احتجاز
                # الصومال طائرة")
        if typ == "THREATEN" and recips and _strip_wf(ttok.norm) in _ADVISORY and self._same_state(actors, recips) \
                and self._own_people(typ, actors, recips, groups, toks):
            return None  # "بريطانيا تحذر رعاياها من هجمات في الخارج"، "السويد تحذر مواطنيها": a state warning its own
            # citizens gives them an advisory, it threatens no one (threat/advisory in data/wordsets.tsv)
        if self._same_state(actors, recips) and trig.mode not in ("curfew", "martial-law") and not amnesty and not lifted \
                and not eased_home and not blocked \
                and not self._own_people(typ, actors, recips, groups, toks) \
                and not self._shelled_at_home(typ, actors, recips, any(
                    _launch(toks, k) for k in range(max(0, ts - 3), min(len(toks), te + 2)))) \
                and not (typ == "COERCE" and recips and all(r in self._detainee_ids for r in recips)) \
                and not (typ == "COERCE" and trig.mode == "arrest" and _judicial.home_arrest(self._dp.by_id, toks, groups, actors, recips)) \
                and not (typ == "SANCTION" and trig.mode == "convict" and actors and ttok.norm.lstrip("و")[:1] not in "يتن"
                         and all((self._dp.by_id.get(i) or {}).get("sector") == "JUD" for i in actors)
                         and not any((self._dp.by_id.get(i) or {}).get("type") == "GPE" for i in recips)) \
                and not (typ == "PROTEST" and self._crowd(actors) and self._protested_body(toks, groups, recips)) \
                and not (typ == "ACCUSE" and trig.mode in ("allege", "investigate") and actors and all(
                    (self._dp.by_id.get(i) or {}).get("sector") == "JUD" for i in actors) and not any(
                    (self._dp.by_id.get(i) or {}).get("type") == "GPE" for i in recips)):
            # (a court charges its own state's people: "وجه قاضي المحكمة العليا الأسبانية ... اتهامات إلى 25 مسؤولا
            # انفصاليا"; s21accuse2)
            # (a crowd protests at home, against its own authorities: "احتشد مئات المتظاهرين العراقيين أمام مبنى
            # محافظة البصرة")
            return None  # "AID Qatar -> Qatar": one state on both sides is a misreading (a curfew is imposed at home)
        if typ in ("REJECT", "REQUEST", "THREATEN") and actors and recips and self._state_to_own_organ(typ, actors, recips):
            return None  # "وسارعت دمشق إلى النفي، ووصف مصدر رسمي اتهام الحكومة السورية": a state (its name, its capital,
            # its demonym) does not refuse, ask or threaten its own government, forces or police; the organ is inside
            # what is refused or told, the other side is elsewhere
        if typ in ("ACCUSE", "THREATEN") and is_noun and actors and _aimed_at_pronoun(toks, ts, te) \
                and not any(set(g["ids"]) & set(actors) and g["s"] >= te for g in groups):
            return None  # "في وقت تتصاعد فيه الانتقادات له"، "وسط انتقادات لها": criticism aimed at the one the pronoun
            # names, by critics the sentence does not name (a party before the noun is its target, not its author)
        w0 = ttok.norm[1:] if ttok.norm[:1] in "وف" else ttok.norm
        if (typ in CLITIC_HYP and w0[:1] in "بل" or typ in ("CONSULT", "SANCTION", "COERCE", "RETREAT") and w0[:1] == "ل") \
                and w0 not in self.lex.trig.trie \
                and any(r in self.lex.trig.trie for r in readings(w0) if r[:1] != w0[:1]) \
                and not (typ == "AGREE" and w0[:1] == "ب" and self._reacted_to(st, ts)) \
                and not received \
                and not (typ == "REQUEST" and w0 == "بطلب" and _request_from(toks, groups, ts, te) is not None):
            # (حظيت بدعم الحلف: the support received is told as a fact; "يجتمع مجلس الأمن بطلب من الولايات المتحدة"،
            # "عقد مجلس الأمن جلسة طارئة بطلب من الكويت": the request of the party after من was made, whatever the
            # mood of the act it occasioned, s21freshverbal)
            hyp = own is None or own[:2] != (st.i, ts)
            if hyp and typ == "COERCE" and w0[:1] == "ل" and w0[1:] in _CROWD_CONTROL and _force_used(text, toks, ts):
                hyp = False  # "وتدخلت قوات من الأمن لقمع المتظاهرين"، "وأطلقت الشرطة الغاز المسيل للدموع لتفريق الحشود":
                # the crowd put down by the force told used is told done (s22dates; 7 of 8 corpus firings)
            # a complement or purpose (بدعوة من، لتقديم مساعدات، بقطع العلاقات); but an agreement welcomed or condemned
            # happened: "أشاد زايف الثلاثاء بتوصل أثينا وسكوبيي إلى اتفاق" (and one its own sides welcome, above)
        if is_noun and ts > 0 and toks[ts - 1].norm.lstrip("و") in _PURPOSE_OPENERS:
            hyp = True  # "لتوفير الظروف الملائمة لاستئناف المحادثات بين الكوريتين": talks to be resumed, not held
        if (is_noun or trig.pos == "n") and typ == "CONSULT" and not hyp and self._prospective(text, toks, ts):
            # (an indefinite meeting noun too: "حان الوقت لترتيب لقاء بين السفير ووزير الخارجية")
            hyp = True  # "ستستضيف موغيريني اجتماعا لوزراء الخارجية"، "روسيا تستبق قمة طهران": a meeting still to come
        # ---- date
        date, date_text, dhist, dfut = self._date(doc, sents, st, ts, te, t0, t1, pub, typ)
        if typ == "CONSULT" and (not date and date_text and any(w in _NEXT_WORDS for w in normalize(date_text).split())
                                 or not date_text and any(
                    toks[k].norm in _NEXT_WORDS and (toks[k - 1].norm in self.lex.datecue_words
                                                     or toks[k - 1].norm.lstrip("وفبل") in _TIME_NOUNS)
                    and not _full_stop_between(text, toks, te, k) for k in range(te + 1, min(len(toks), te + 15)))):
            hyp = True  # "نتنياهو يلتقي بوتين في موسكو الأسبوع المقبل"، "قمة ... في أيلول المقبل": a time to come the
            # time stage leaves without a day is still to come
        if welcomed_visit is not None and not date_text and welcomed_visit["date_text"]:
            date, date_text = welcomed_visit["date"], welcomed_visit["date_text"]  # (the welcome of a visit: its day)
        if of_that is not None:
            # "وصرح أردوغان ... "..."، وذلك إثر لقاء مع بهجلي": the meeting is dated as the statement it occasioned
            date, date_text, dhist, dfut = self._date(doc, sents, st, of_that, of_that + 1, toks[of_that].start,
                                                      toks[of_that].end, pub, typ)
        if dfut and typ in _DEADLINE_TYPES and date_text and _deadline_cue(text, st.start, st.end, date_text):
            # "هدد ترامب بالانسحاب ... ما لم يتم إعادة التفاوض عليه بحلول 12 مايو"، "أمهل الجيش المسلحين حتى 12 مايو":
            # the day is the deadline the demand or threat sets, not the day it was made (told now, undated)
            date, date_text, dfut = (pub.isoformat() if pub else None), None, False
        if typ == "PROTEST" and date_text and self._purpose_day(text, st, te, date_text):
            # "احتشد ... للاحتجاج على مراسم أداء بوتين اليمين الدستورية الاثنين"، "احتجاجا على مقتل الصحفي السبت
            # الماضي": a day named inside the purpose's object dates what is protested, not the protest
            date, date_text, dhist, dfut = (pub.isoformat() if pub else None), None, False, False
        if typ == "AGREE" and not is_noun and date_text and _perfect_form(ttok.norm) \
                and (k := text.find(date_text, t1, st.end)) > 0 \
                and any(toks[j].norm in ("علي", "عليه", "عليها") and toks[j].end <= k and (
                    dfut or _subjunctive_after(toks, j + 1, k)) for j in range(te, len(toks))):
            # "اتفقت كوريا الشمالية وكوريا الجنوبية على عقد قمة بين زعيمي البلدين يوم 27 أبريل المقبل": a day to come
            # inside what a perfect verb agrees on dates the act agreed on, not the agreement, which was made; so does
            # any day inside an "على أن" clause ("الكوريتين وافقتا على أن تبدأ القمة قبل ظهر يوم الجمعة", s20gather)
            date, date_text, dfut = (pub.isoformat() if pub else None), None, False
        hist = hist or dhist
        if dfut and date and pub and date > _dates.last_day(pub):
            hyp = True
        if typ == "CONSULT" and not hyp and not negated and (
                is_noun or trig.pos == "n" or _meeting_noun(ttok.norm)) and (
                dfut and date_text or _held_later(text, toks, te, groups)):
            hyp = True  # "إن لقاءه بالزعيم الكوري الشمالي قد لا يعقد في سنغافورة الشهر المقبل"، "القمة ستعقد": a meeting
            # whose own clause holds it later (a future or modal verb after it, a time still to come) is not held
        if is_noun and w1 not in _AL_PERFECTS and typ not in MATERIAL_ACTS and date and pub and date > pub.isoformat():
            hyp = True  # an occasion dated after the publication day has not been held ("قمة مصرية روسية في موسكو"
            # over "يقوم السيسي الاثنين بزيارة"), whatever sentence gave the day (not "التقى ... الأحد" after a late stamp:
            # a perfect verb that opens like a definite noun)
        if typ == "ASSAULT" and is_noun and actors and not marked:
            # "شن الجيش الإسرائيلي هجوما على غزة"، "نفذت طائرات التحالف غارات": a verb of launching with the author
            lv = next((k for k in range(ts - 1, max(-1, ts - 9), -1) if toks[k].norm.lstrip("وف") in _LAUNCH_VERBS
                       or toks[k].norm in _AIMED_STRIKE), None)
            marked = lv is not None and not _full_stop_between(text, toks, lv, ts) and any(
                set(g["ids"]) & set(actors) and g["prep"] is None and lv - 4 <= g["s"] and g["e"] <= ts for g in groups) \
                and any(g["ids"] == recips and (g["prep"] in ("على", "ضد") or any(
                    toks[k].norm in ("علي", "ضد") and g["s"] - k <= 4 for k in range(te, g["s"])))
                    and not _STRONG.search(text, toks[te - 1].end, toks[g["s"]].start) for g in after)
            launch_act = marked  # (strikes.launch_pin: a lenient pin when both sides are armed or solid)
            # (the target after على/ضد: "على مواقع تمركز ميليشيات الحوثي"; not "، مدعومة بغطاء جوي لطائرات التحالف")
            ents = self._dp.by_id
            if marked and not _strikes.strike_word(ttok.norm) and (te < len(toks) and toks[te].norm in _VERBAL_ATTACK or not any(
                    (ents.get(i) or {}).get("type") == "GPE" or (ents.get(i) or {}).get("sector") in ("MIL", "REB", "COP")
                    or self._agentive_id(i) for i in actors)
                    or all((ents.get(i) or {}).get("type") == "PERSON" for i in recips)) \
                    and not all(self._own_citizens(toks, groups, i) for i in recips):
                # "شن ترامب هجوما حادا على ألمانيا"، "شن وزير الخارجية هجوما على الرئيس": a verbal attack (not on a
                # state's own people: "شن الأسد هجمات كيماوية ضد شعبه")
                typ, marked = "ACCUSE", False
                trig = trig._replace(type="ACCUSE", mode="disapprove")
        if typ == "SANCTION" and trig.mode is None and "ستدع" in ttok.norm:
            # "استدعت الخارجية الروسية السفير اليوناني"، "استدعاء السفير الأمريكي لتقديم شكوى": a foreign ambassador
            # summoned to hear a complaint is verbal disapproval (PLOVER ACCUSE; CAMEO 111 via a summons); a state's own
            # called back (استدعت تركيا سفيرها لدى تل أبيب للتشاور) is a SANCTION withdraw. The parties are read as
            # for a sanction (a verbal noun's genitive is the one summoned: "بدأت أنقرة باستدعاء السفير السعودي")
            if self._own_envoy(toks, groups, ts, te):
                trig = trig._replace(mode="withdraw")
            else:
                typ = "ACCUSE"
                trig = trig._replace(type="ACCUSE", mode="disapprove")
        if typ == "CONSULT" and ttok.norm.lstrip("وفبل").startswith(_TAKE_IN_VERBS) and any(
                r in _TAKEN_IN for k in range(te, min(len(toks), te + 6)) for r in readings(toks[k].norm)):
            # "قررت كندا استقبال 50 شخصا من أصحاب الخوذ البيضاء"، "استقبلت ألمانيا آلاف اللاجئين": people taken in, no
            # visitors received (PLOVER AID asylum)
            typ = "AID"
            trig = trig._replace(type="AID", mode="asylum")
        if typ == "PROTEST" and ttok.norm.lstrip("و").startswith(_PURPOSE_WORDS):
            told_before = next((e for e in self._recent_events[::-1] if e["_sent"] == st.i and e["type"] == "PROTEST"
                                and e["trigger"]["end"] <= t0 and e["actors"] and e.get("_told") and not _full_stop_between(
                                    text, toks, next((k for k in range(ts) if toks[k].start >= e["trigger"]["end"]), ts),
                                    ts)), None)
            if told_before is not None:
                # "احتشد عدد كبير من المواطنين ... للاحتجاج على": the purpose of the protest told before it in the clause
                # (by a construction above), no second protest; the target it names is that protest's
                if not told_before["recipients"]:
                    told_before["recipients"] = [r for r in recips if r not in told_before["actors"]]
                return None
        if typ == "ASSAULT" and actors and not marked and any(
                g["ids"] == actors and claimed(g) for g in groups):
            marked = True  # "أعلن الحوثيون استهداف مطار جازان": the author claims it
        if typ == "ASSAULT" and actors and recips and not marked and any(
                _launch(toks, k) for k in range(max(0, ts - 3), te)) and any(
                toks[k].norm.lstrip("و") in _TOWARD for k in range(te, min(len(toks), te + 8))):
            marked = True  # "وأطلق الحوثيون صاروخا باتجاه الرياض"، "وردت إيران بإطلاق مئات الصواريخ باتجاه إسرائيل"
        if typ == "ASSAULT" and actors and recips and not marked and is_noun and any(
                _launch(toks, k) and _first_person(toks[k].norm, toks, k) for k in range(max(0, ts - 2), ts)):
            marked = True  # "حسن نصر الله: أطلقنا 55 صاروخا على إسرائيل": the speaker claims his side's launch
        if typ == "ASSAULT" and actors and recips and toks[ts].norm.lstrip("وفبل") in _HARM_GENITIVE and any(
                g["s"] == te and g["prep"] is None and g["ids"] == actors for g in groups) and any(
                g["ids"] == recips and g["s"] > te and g["prep"] is None and toks[g["s"] - 1].norm.lstrip("و") in _HARM_GENITIVE
                for g in groups):
            actors, recips = [], list(actors) + [r for r in recips if r not in actors]
            weak = True  # "أدى إلى مقتل اليمنيين الخمسة وإصابة السكان الآخرين": both harm nouns' genitives suffered
        if typ == "ASSAULT" and actors and not recips:
            hv = self._harm_genitive(text, toks, groups, ts, te, actors)
            if hv is not None:
                actors, recips = hv
                weak = weak and not (actors and recips)
        if typ == "ASSAULT" and not actors and recips and not hyp and not negated:
            ann = self._announced_kill(text, toks, groups, ts, recips)
            if ann:
                actors, marked, weak = ann, True, False  # "أعلن الجيش الإسرائيلي، الاثنين، مقتل فلسطيني بزعم محاولة طعن"
        started = False  # an operation whose start its author announces (_announced_start)
        if typ == "ASSAULT" and not actors and recips and not hyp and not negated and is_noun:
            ann = self._announced_start(text, toks, groups, ts, recips)
            if ann:
                actors, marked, weak = ann, True, False  # "أعلن أردوغان، الأحد، عن بدء عمليات عسكرية ... ضد PKK"
                started = True
        if typ == "ASSAULT" and (recips or not actors) and not marked:
            doer = self._relative_doer(text, toks, groups, ts, recips)
            if doer is not None and (not actors or doer == actors):
                actors, marked = doer, True  # "لقوات المقاومة التي تشن هجوما على مواقع الحوثيين"
                weak = weak and not (actors and recips)
        if typ == "ASSAULT" and actors and recips and not marked \
                and self._operations_against(text, toks, groups, ts, te, actors, recips):
            marked = True  # "ويتابع الجيش الوطني الليبي عملياته العسكرية ضد الجماعات الإرهابية في درنة"
        if typ == "ASSAULT" and actors and not recips:
            recips = self._struck_place(text, toks, groups, te, actors)
            weak = weak and not recips
        if typ == "ASSAULT" and actors and not recips:
            recips = self._aimed_place(text, toks, groups, ts, te, actors)
            weak = weak and not recips
        if typ == "ASSAULT" and actors and not recips and not negated:
            recips = self._town_target(text, toks, groups, te, actors, is_noun)
            weak = weak and not recips
        if typ == "ASSAULT" and actors and recips and not marked and any(
                _launch(toks, k) for k in range(max(0, ts - 3), ts)) and (on := next(
                (k for k in range(te, min(len(toks), te + 2)) if toks[k].norm == "علي"), None)) is not None and any(
                g["s"] in (on + 1, on + 2) and set(g["ids"]) & set(recips) for g in groups) \
                and not _strong_between(text, toks, ts, on):
            marked = True  # "أطلق الحوثيون صاروخا باليستيا على مدينة مأرب": على right after the projectile launched
            # (and its adjective) is where it was aimed (not "أطلق على العملية اسم": no projectile between)
        if typ == "ASSAULT" and actors and recips and not marked and _strike_result(text, toks, groups, ts, actors) \
                and any(set(g["ids"]) & set(recips) and te <= g["s"] <= te + 9 for g in groups):
            # (the victims named after the harm noun: "عن مقتل 13 من عناصر تنظيم داعش")
            marked = True  # "أسفرت غارات النظام السوري عن مقتل 13 من عناصر داعش"، "غارة للتحالف أدت لمقتل الصماد"
        if recips and typ in _NEXT_SUBJECT_TYPES:
            recips = _drop_next_subject(text, toks, groups, st, te, recips, self._dp.by_id)
        if hyp and not negated and typ == "SANCTION" and trig.mode == "expel" and actors and recips \
                and _announced_expulsion(toks, ts, text):
            hyp = False  # "أعلنت كل من ألمانيا وفرنسا أنها ستطرد دبلوماسيين روسا": an expulsion a government announces
            # is decided (the annotators code it as carried out)
        if typ in MATERIAL_ACTS and len(actors) == 1 and str(actors[0]).startswith("ev-p"):
            actors = self._forces_owner(toks, groups, actors, ts) or actors  # "قال الجيش الإسرائيلي إن جنوده قتلوا"
        if typ == "ASSAULT" and not actors and recips and not hyp and not negated and _harm_word(ttok.norm.lstrip("وفبل")):
            cp = (_material.clash_partner(text, st, groups, te, actors, recips, False) or ((), None))[0]
            if cp and not set(cp) & set(recips):
                actors, marked, weak = cp, True, False  # "بمقتل 15 عنصرا من الميليشيات خلال اشتباكات مع ألوية العمالقة"
            elif not cp and (rp := _material.repel_author(text, st, groups, te, actors, recips)):
                actors, marked, weak = rp, True, False  # "قتل العشرات من ميليشيات الحوثي في تصدي المقاومة لمحاولة تسلل"
        repelled = None
        if typ == "ASSAULT" and not hyp and not negated:
            repelled = _battles.repelled(text, toks, groups, ts, te, actors, self._dp.by_id, recips)
            if repelled is not None:  # "وأحبطت القوات الشرعية هجوما لميليشيات الحوثي": the defenders were attacked
                # (not when the attack names its own target: "أفشل التحالف هجوما ... استهدف ناقلة نفط سعودية")
                actors, recips = repelled
                marked, weak = True, False
        pj = next((k for k in range(te, min(len(toks), te + 7)) if toks[k].norm.lstrip("وبل").removeprefix("ال")
                   in _battles.PROJECTILES), None) if ttok.norm.lstrip("وف") in _battles.INTERCEPT else ts
        if ttok.norm.lstrip("وف").removesuffix("ها").removesuffix("ه") in _battles.INTERCEPT - {ttok.norm.lstrip("وف")} \
                and ts > 0 and toks[ts - 1].norm.lstrip("وبل").removeprefix("ال") in _battles.PROJECTILES:
            pj = ts - 1  # "تم اعتراض الصاروخ وتدميره من قبل قوات الدفاع الجوي": the pronoun is the projectile just named
        # (the verb of intercepting read as the trigger: "عن تدمير صاروخين إسرائيليين" is no attack on Israel)
        if typ == "ASSAULT" and repelled is None and not negated and pj is not None and (
                ic := _battles.intercepted(text, toks, groups, pj, pj + 1 if pj != ts else te, 
                                           self._dp.by_id)) is not None:
            # "اعترضت قوات الدفاع الجوي السعودية صاروخا باليستيا أطلقه حوثيون": the side that met the projectile was
            # its target, never its author; the launcher named after it (or its nationality) fired it
            own = {(self._dp.by_id.get(i) or {}).get("country") for i in ic[1]} - {None}
            att = ic[0] or [a for a in actors if a not in ic[1]
                            and (self._dp.by_id.get(a) or {}).get("country") not in own]
            # (an agent read otherwise stays: "صاروخا باليستيا أطلق من قبل الميليشيات الحوثية")
            keep = recips and not set(recips) & set(att) and all(
                (self._dp.by_id.get(i) or {}).get("country") in own for i in recips)
            # (a place of the defenders' country the projectile was aimed at stays: "باتجاه مدينة جازان السعودية")
            actors, recips = att, (recips if keep else ic[1])
            marked, weak = bool(actors) and bool(recips), weak and not (actors and recips)
        if typ == "ASSAULT" and not actors and recips and not hyp and not negated:
            cf = _battles.clause_fighter(text, toks, groups, ts, te, recips, self._dp.by_id)
            if cf:
                actors, marked, weak = cf, True, False  # "أحرز الجيش السوري تقدما ... إثر معارك عنيفة مع مقاتلي التنظيم"
        modal_act = False
        if typ in ("ASSAULT", "COERCE") and not hyp and not negated:
            ms = _strikes.modal_subject(toks, groups, ts)
            if ms is not None and set(ms) != set(actors):
                # "نجح الجيش اليمني في تدمير تعزيزات لميليشيات الحوثي": the modal's subject did it; a party read as the
                # author after the noun (its ل-genitive) is what it struck
                recips = [i for i in recips if i not in ms] + [i for i in actors if i not in ms and i not in recips]
                actors, marked, weak, modal_act = ms, True, False, True
            elif ms is not None:
                modal_act = True
        if typ == "ACCUSE" and trig.mode == "allege" and actors and not is_noun:
            held = _accuse.held_responsible(text, toks, groups, ts, te, actors, recips, last_actor, quotes,
                                            self._same_state)
            if held is None:
                return None  # "وحملت دمشق المسؤولية" with no subject known: Damascus is the one blamed, not the blamer
            actors, recips = held
        if dk_held and hyp and not negated and _doer_rel_past(toks, te):
            hyp = False  # "بعد المحادثات التي أجراها بومبيو في بيونغ يانغ": a relative clause in the perfect tells the act
            # as done, whatever the mood of the clause that names it
        if typ == "ACCUSE" and is_noun and not negated:
            sides = _precision.charge_noun(st, groups, ts, te, actors, recips, text)
            if sides is None:
                return None  # a charge faced or convicted on; a background one with no author (s20fp)
            actors, recips = sides
        if typ == "CONSULT" and actors and recips and _precision.own_troops(actors, recips, self._dp.by_id):
            return None  # "والتقت المستشارة الألمانية بجنود ألمان متمركزين في الأردن": a leader visiting the own
            # country's soldiers holds no consultation between parties (s20fp)
        if typ == "RETREAT" and trig.mode == "resign" and actors and recips and ts > 0 \
                and set(self._resignation_taker(text, toks, groups, ts, recips)) == set(actors):
            actors, recips = recips, actors  # "تلقت منظمة الإنتربول استقالة رئيسها ... مينغ": Meng leaves Interpol
        if typ == "ASSAULT" and actors and (co := _co_actors(text, toks, groups, ts, actors)):
            # "الضربات التي نفذتها الولايات المتحدة مع فرنسا وبريطانيا"، "غارات شنتها دمشق مع حليفتها موسكو": the states
            # after مع joined the launcher's act; they are no target
            actors = actors + [i for i in co if i not in actors]
            recips = [i for i in recips if i not in co]
        if recips and typ in _MATERIAL_SUB and (sub := _subordinate_after(toks, te)) is not None:
            # "وفرضت المحكمة حظر نشر بعدما اتهم الادعاء الرجل": a party named only inside a clause of time or cause
            # after the act (بعدما، عندما، لأن، بعد أن) is that clause's, not the act's recipient
            inside = {i for g in groups if g["s"] > sub for i in g["ids"]}
            outside = {i for g in groups if g["s"] < sub for i in g["ids"]}
            recips = [r for r in recips if r not in inside or r in outside]
            if not recips and typ in _NEEDS_RECIPIENT_AFTER_SUB:
                return None
        conf = trig.confidence * (1.0 if recips or typ in ("MOBILIZE", "PROTEST") else 0.85)
        ev = {
            "id": "", "type": typ, "mode": trig.mode, "context": self._contexts(st, typ),
            "actors": actors, "recipients": recips, "location": loc,
            "date": date, "date_text": date_text, "negated": negated, "hypothetical": hyp, "historical": hist,
            "sentence": text[st.start:st.end], "start": st.start, "end": st.end,
            "trigger": {"text": text[t0:t1], "start": t0, "end": t1}, "confidence": round(min(conf, 1.0), 3),
            "_sent": st.i, "_weak": weak, "_crowd_demand": crowd_demand and not recips, "_charge": alleged_of is not None,
            "_reacted": reacted,
            # (an attack named as background is left to the classifier: "بعد الهجوم الذي شنه المتمردون"، "إثر هجوم")
            "_agent": marked and not hist and not (ts > 0 and toks[ts - 1].norm in _BACKGROUND_PREPS)
            and not (te < len(toks) and toks[te].norm in ("الذي", "التي"))
            and (not {(self._dp.by_id.get(i) or {}).get("country") for i in actors} & {
                (self._dp.by_id.get(i) or {}).get("country") for i in recips} - {None}
                or _civil_war_sides(actors, recips, self._dp.by_id) or any(
                    g["ids"] == recips and _town_named(toks, g) for g in groups)),
            # (a town of the attackers' own country struck: "قصفت قوات النظام مدينة دوما")
        }
        if typ == "ASSAULT" and not is_noun and actors and recips and not hist and _attack_verb(ttok.norm) and any(
                g["ids"] == actors and g["prep"] is None and (g["s"] == te and (_opens_clause(text, toks, ts) or ttok.norm[
                    :1] in "وف" or toks[ts - 1].norm in ("قد", "وقد", "لقد", "فيما", "بينما", "وقت")) or g["e"] == ts and _opens_clause(
                    text, toks, g["s"]) and (w1[:1] in "يت" or not w1.startswith(_HARM_PEOPLE))) for g in groups) \
                and any(g["ids"] == recips and g["s"] >= te and (g["prep"] in (None, "ل") or g["prep"] == "من" and g["s"] >= 2
                        and any(toks[k].norm in _COUNT_WORDS and toks[k + 1].norm == "من" for k in range(max(te, g["s"] - 3),
                                                                                             g["s"] - 1))) for g in groups) \
                and not {(self._dp.by_id.get(i) or {}).get("country") for i in actors} & {
                (self._dp.by_id.get(i) or {}).get("country") for i in recips} - {None}:
            ev["_verb_act"] = True  # "إسرائيل تقصف موقعاً سورياً": see VERB_VETO (a counted object: "عددا من المزارعين")
            ev["_mil_target"] = _military_target(toks, te, groups, recips)
        if pron_victim:
            ev["_pron_victim"] = True  # (_merge: the attacker attacked in turn is another act)
        if pron_victim and actors and not hist and (did is not None or any(
                g["ids"] == actors and g["prep"] is None and g["s"] == te for g in groups)):
            ev["_verb_act"] = True  # s24attack: "قبل أن تقتله الشرطة": a finite verb of harm, its subject right after
            # it, its victim the person its pronoun takes up (an armed subject pins it: see VERB_VETO)
        if site_owned and recips and not hist:
            ev["_mil_target"] = "owner"  # (s21assault2) a military site of the recipients' side (_site_owner); strikes
            # named by their nationality adjectives count too ("الضربات العسكرية الأمريكية الفرنسية البريطانية على مواقع
            # تابعة للنظام السوري")
        if typ == "CONCEDE" and (lifted or eased_home) and recips:
            ev["_place_ok"] = True  # a ban, a siege or a curfew lifted from a place eases it for those there (_agent_parties)
        if typ == "ASSAULT" and (is_noun or _vn(ttok.norm)) and actors and recips and not hist and ts > 1 \
                and toks[ts - 1].norm in ("من", "في") and (ach := next((k for k in range(ts - 2, max(-1, ts - 14), -1)
                                                               if toks[k].norm.lstrip("وف") in _ACHIEVED), None)) is not None \
                and not _full_stop_between(text, toks, ach, ts) \
                and any(g["ids"] == actors and g["prep"] is None and g["s"] == ach + 1 for g in groups) \
                and (not {(self._dp.by_id.get(i) or {}).get("country") for i in actors} & {
                    (self._dp.by_id.get(i) or {}).get("country") for i in recips} - {None}
                     or _civil_war_sides(actors, recips, self._dp.by_id)):
            # "وتمكن الجيش اليمني، بإسناد من طائرات التحالف العربي، من تدمير 3 مركبات ... تابعة للميليشيات": an attack
            # its subject achieved (تمكن/نجح/استطاع من/في + the act's noun) is told as done, as by a finite verb
            ev["_verb_act"] = True
        if typ == "ASSAULT" and (is_noun or _vn(ttok.norm)) and actors and recips and not hist \
                and ttok.norm.lstrip("وفبل")[:2] != "ال" \
                and any(g["ids"] == actors and g["prep"] is None and g["e"] == ts and g["s"] > 1 and (
                    _continued(toks[g["s"] - 1].norm) or toks[g["s"] - 1].norm.removeprefix("ال") in _CRAFT
                    and _continued(toks[g["s"] - 2].norm)) for g in groups) \
                and (not {(self._dp.by_id.get(i) or {}).get("country") for i in actors} & {
                    (self._dp.by_id.get(i) or {}).get("country") for i in recips} - {None}
                     or _civil_war_sides(actors, recips, self._dp.by_id)):
            # "واصلت مقاتلات التحالف العربي استهداف مواقع وتجمعات ... للمتمردين": an attack its subject goes on with
            # (واصل + the act's noun) is told as done, as by a finite verb
            ev["_verb_act"] = True
        if typ == "ASSAULT" and not is_noun and actors and recips and ttok.norm.lstrip("وف") in _KIDNAP_VERBS \
                and ttok.norm.lstrip("وف") != "خطف" and not (ts > 0 and toks[ts - 1].norm in _RELATIVES) \
                and not any(toks[k].norm in ("بعد", "منذ", "قبل") and toks[k + 1].norm in ("ان", "أن")
                            for k in range(max(0, ts - 4), ts - 1)) \
                and not any(toks[k].norm.lstrip("وفبل").removeprefix("ال") in _HIJACKED for k in range(te, min(len(toks), te + 4))):
            # "وكان مسلحون مقنعون قد اختطفوا ديوجي"، "ميليشيا الحوثي تخطف اثنين من موظفي الأمم المتحدة": the kidnapper and
            # the captive named around a finite verb of kidnapping (not the noun خطف, not a relative or a time clause's
            # background — "الذين اختطفتهم حركة طالبان"، "بعد أن خطف متشددون 13 شاحنة" —, not a hijacked vehicle)
            ev["_kidnap"] = True
        if started and not hist:
            ev["_agent"] = True  # (the announcer of the start is the author: _announced_start)
        if framed:
            ev["_frame"] = True
        if typ == "ASSAULT" and trig.mode == "firearms" and recips:
            f = next((k for k in range(ts, min(len(toks), ts + 5)) if toks[k].norm in _FIRE), None)
            ev["_fired_at"] = f is not None and any(set(g["ids"]) & set(recips) and g["prep"] == "على"
                                                    and f < g["s"] <= f + 3 for g in groups)
            # ("فتحت الشرطة النار على سائق جرار كان يقود أمام مبنى البرلمان": the one fired at follows على)
        if typ == "ASSAULT" and actors and recips and not hyp and not negated:
            ev["_launch"] = _strikes.launch_pin(toks, ts, te, launch_act or modal_act or (
                is_noun and _launched_on(text, toks, groups, ts, te, actors)), groups, actors)  # "شنت الولايات المتحدة ... ضربات على"
            ev["_aimed"] = any(set(g["ids"]) & set(recips) and g["s"] >= te for g in groups) and not any(
                toks[k].norm == "منذ" and toks[k + 1].norm in _SPANS for k in range(len(toks) - 1))
            # (the target named after the strikes, told as one occurrence: not "وتشن الولايات المتحدة منذ سنوات ضربات")
        if repelled is not None and ev["actors"] == repelled[0] and ev["recipients"] == repelled[1]:
            ev["_launch"] = "fight"  # a repelled attack between named armed sides is a battle (_decide: battles.both_named)
        if placed and recips == placed and actors and not hist:
            ev["_agent"] = True  # "الضربات التي نفذتها أمريكا وفرنسا وبريطانيا في سوريا": authors and struck place told
        if occasion:
            ev["_told"] = True
        elif ongoing == "head" and all(i in self._crowd_ids for i in actors):
            ev["_told_soft"] = True  # "وسط استمرار المظاهرات المناوئة للحكومة": told, not pinned (_decide: TOLD_VETO);
            # only for a crowd the text implies: a protest whose leaders are named ("مع استمرار الاحتجاجات التي تقودها
            # المعارضة في تايلند ... اعلن رئيس الوزراء ... حال الطوارئ", a gsr "difficult no") is left to the classifier
        if multilateral and typ == "CONSULT" and (not is_noun or any(
                toks[k].norm.lstrip("وف") in _HOLD_FORMS and not _STRONG.search(text, toks[k].end, toks[ts].start)
                for k in range(max(cut, ts - 6), ts))):
            ev["_forum_met"] = True  # (s22coop) the forum the subject of a verb of meeting or of holding the meeting
            # noun ("بحث وزراء خارجية مجموعة السبع"، "عقد مجلس الأمن اجتماعا طارئا"), not a summit named in passing
            # ("عند وصولها إلى قمة حلف الأطلسي"): no partial event (_partial)
        if strike:
            ev["_strike"] = True  # (stands against the classifier: _decide, pin "strike")
        if open_expel:
            ev["_open_expel"] = True  # (legal.refine names the expelled envoys' state or drops the event)
        if driven_out and not ev["actors"]:
            return None  # (armed men driven out by no force the sentence keeps: no act of its own)
        if ev["type"] == "AGREE" and ev["recipients"] and not is_noun \
                and _strip_wf(ttok.norm).startswith(("اتفق", "يتفق", "تتفق", "نتفق")):
            # "اتفق الاثنان على ضرورة التزام النظام السوري وحلفائه بالتطبيق الفوري للقرار": the party that must act,
            # named right after the necessity's verbal noun, is asked by the two who agree (PLOVER REQUEST; s21fp)
            k = next((k for k in range(te, min(len(toks), te + 8)) if toks[k].norm in ("ضروره", "وجوب")
                      and toks[k - 1].norm == "علي"), None)
            if k is not None and not _full_stop_between(text, toks, te, k) and any(
                    g["ids"] == ev["recipients"] and k + 1 < g["s"] <= k + 3 and g["prep"] is None for g in after):
                ev["type"] = "REQUEST"
            elif k is not None and not _full_stop_between(text, toks, te, k):
                # the subject a dual noun of two persons (اتفق الاثنان، اتفق الزعيمان: _resolve_pairs): the two agree
                # with each other and ask the party after the necessity noun together
                two = next(([x.eid, x.co[0][0]] for x in st.paired if x.s == te and x.co
                            and {x.eid, x.co[0][0]} == set(ev["actors"]) | set(ev["recipients"])), None)
                g = next((g for g in after if k + 1 < g["s"] <= k + 3 and g["prep"] is None
                          and not set(g["ids"]) & set(two or ())), None)
                if two and g is not None:
                    ev["type"], ev["actors"], ev["recipients"] = "REQUEST", two, list(g["ids"])
        if media_subj and any(set(g["ids"]) == set(actors) for g in media_subj):
            ev["_media_subject"] = True  # (a news organisation speaking for itself: _impossible_author lets it act)
        if story_ref is not None and not ev["recipients"]:
            ev["_story_ref"] = (st.i, last_actor)  # (resolved or dropped by story.referenced_authors; no antecedent meanwhile)
        elif not weak and not (not ev["recipients"] and ev["trigger"]["start"] in self._condemned_untargeted):
            # a reading without named sides is no antecedent for later pronouns and counterparts; nor is a condemnation
            # with no one condemned (its author would be taken up as the target of a later one)
            self._recent_events.append(ev)
        return ev

    _recent_events: list = []
    _condemned_untargeted: "set | frozenset" = frozenset()  # (process gives each document a set of its own)
    _own_agree = None  # (sentence, token, sides) of an agreement welcomed by its own sides (set by a SUPPORT reading)
    _owner_k = None  # the token of the act noun _welcomed_owner last read

    def _subject_after_pronoun(self, text, toks, groups, ts, te, actors, recips):
        """A verb followed by a preposition with a pronoun, then a party: that party is its subject (verb, the one
        addressed as a pronoun, subject): "عندما طلبت منه القوات الباكستانية التوقف"، "ووجه له الرئيس التركي دعوة".
        Not when a subject stands right before the verb, nor in a relative clause (_relative_subject reads that)."""
        if te + 1 >= len(toks) or toks[te].norm not in _RESUMED_ARG or ts > 0 and toks[ts - 1].norm in _RELATIVES:
            return actors, recips
        if any(g["prep"] is None and ts - 1 <= g["e"] <= ts for g in groups):
            return actors, recips
        g = _party_after_pronoun(text, toks, groups, te)
        if g is None or set(g["ids"]) == set(actors):
            return actors, recips
        # the party read before as the subject is the one the pronoun takes up ("انتخابات أشبه باستفتاء، نددت بها
        # المعارضة": Putin's election), when no target was read
        return list(g["ids"]), [r for r in recips if r not in g["ids"]] or [a for a in actors if a not in g["ids"]]

    def _relative_subject(self, text, toks, groups, ts, te, actors, recips):
        """A verb of a relative clause whose antecedent is taken up by a pronoun after it has its own subject after
        that pronoun: "الحل الذي دعت إليه روسيا"، "القرار الذي وافقت عليه الحكومة التركية"، "تجديد شباب الحكم الذي
        دعت إليه القيادة الكوبية": that party acts (not a party named before the relative), and the antecedent is
        what it acts on, no recipient."""
        if ts == 0 or toks[ts - 1].norm not in _RELATIVES and toks[ts - 1].norm.lstrip("وب") not in _DEAL_NOUNS \
                or te + 1 >= len(toks) or toks[te].norm not in _RESUMED_ARG:
            return actors, recips  # (an indefinite deal noun has no relative pronoun: "صفقة توصلت إليها النيابة")
        g = _party_after_pronoun(text, toks, groups, te)
        # (a body named by a noun and its adjective of nationality: "القيادة الكوبية")
        if g is None or set(g["ids"]) == set(actors):
            return actors, recips
        return list(g["ids"]), [r for r in recips if r not in g["ids"]]

    def _decision_owner(self, st, toks, ts, inq, actors, recips):
        """An act noun after a decision or intent noun with a pronoun of the third person, inside a quote, is the act
        of that pronoun's party, not the speaker's: "تلقيت رسالة من الحكومة الأفغانية أبلغتني فيها بقرارها رفض أي
        تمديد" (the Afghan government refuses). Kept when the pronoun cannot be resolved or is the speaker."""
        if ts == 0:
            return actors, recips
        w = toks[ts - 1].norm
        w = w[1:] if w[:1] in "وفبل" and len(w) > 5 else w
        suf = next((x for x in ("هم", "ها", "ه") if w.endswith(x) and w[:-len(x)] in _DECISION_STEMS), None)
        if suf is None:
            return actors, recips
        ids = self._antecedent(st, ts - 1, suf, [])[0]
        if not ids or inq["speaker"] in ids:
            return actors, recips
        return list(ids), [r for r in recips if r not in ids]

    def _warned_target(self, text, toks, groups, te, actors) -> list:
        """The target of a warning or threat told in its أن-clause, when the verb names none: "حذر وزيران إسرائيليان
        من أن إسرائيل ستواصل التحرك ضد إيران في سوريا" (Iran), "هدد ... بأن الجيش سيوسع عملياته ضد حماس": the party
        the announced act is against (ضد), not of the warner's own country."""
        k0 = next((k for k in range(te, min(len(toks), te + 14)) if toks[k].norm in _THAT and (
            toks[k].text.lstrip("وب")[:1] == "أ" or toks[k].norm[:1] == "ب" or toks[k - 1].norm == "من")), None)
        # (أن, بأن, من أن; not the conditional إن, which normalises alike: "إن لم يوقفوا حربهم ضد التنظيم")
        if k0 is None or _full_stop_between(text, toks, te, k0):
            return []  # (the clause after the warner and its subject: "وحذر الرئيس الأمريكي من أن")
        by = self._dp.by_id
        own = {(by.get(i) or {}).get("country") for i in actors} - {None}
        for g in groups:
            if g["s"] <= k0 or g["s"] - k0 > 20 or _full_stop_between(text, toks, k0, g["s"]):
                continue
            if g["prep"] == "ضد" and not set(g["ids"]) & set(actors) \
                    and not {(by.get(i) or {}).get("country") for i in g["ids"]} & own:
                return list(g["ids"])
        return []

    def _endangers(self, toks, ts, te) -> bool:
        """A threat word (يهدد، تهدد، تهديد) whose object is a good it puts at risk, not a party it threatens: "السفن
        الحربية التي تهدد سيادة الصين"، "أسلحة جديدة تهدد التفوق الأميركي"، "الحوثيين الذين يهددون الملاحة"،
        "تهديد الحوثيين للملاحة الدولية" (endangered.tsv): no threat is made (a speaker's charge that a party
        endangers stability is read as blame, elsewhere). Not حذر/توعد, and not a threat with its ب-complement."""
        w = toks[ts].norm
        w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
        if not ("هدد" in w or "هديد" in w) or w.startswith(("مهدد", "المهدد")) or te >= len(toks):
            return False
        lex = self.lex.endangered

        def hit(k, lam=False):
            x = toks[k].norm
            if x in lex or x[:1] in "وب" and x[1:] in lex:
                return not lam
            if x[:2] == "لل" and "ا" + x[1:] in lex or x[:1] == "ل" and x[1:] in lex:
                return True  # (the object of a verbal noun marked with لـ: "تهديد الحوثيين للملاحة")
            if k + 1 < len(toks) and (x + " " + toks[k + 1].norm) in lex:
                return not lam
            return False

        if hit(te):
            return True
        noun = not ({w} & VERB_FORMS) and w.startswith(("تهديد", "التهديد"))
        return noun and te + 1 < len(toks) and hit(te + 1, lam=True)

    def _spoken_author(self, st, noun, exclude) -> list:
        """The author of a report or statement named by ``noun`` in one of the two sentences before ``st``: the party
        right before it in its clause ("حذرت هيومن رايتس ووتش في تقرير نشرته الاثنين" -> the organisation), when no
        event told there names it. Places and ``exclude`` are no author. [] when none."""
        text = self._text
        for j in (st.i - 1, st.i - 2):
            if j < 0 or j >= len(self._sents):
                continue
            prev = self._sents[j]
            toks = prev.toks or []
            for k, t in enumerate(toks):
                if _bare_noun(t.norm, "وبلف") != noun:
                    continue
                gs = [g for g in _groups(text, toks, [m for m in prev.ments or [] if m.e <= k])
                      if g["e"] <= k and k - g["e"] <= 2 and not _STRONG.search(text, toks[g["e"] - 1].end, t.start)
                      and not all(x.kind in ("LOC", "FAC", "GPE") for x in g["m"])]
                if gs:
                    ids = [i for i in gs[-1]["ids"] if i not in exclude]
                    if ids:
                        return ids
                return []
        return []

    def _no_threat_warning(self, text, toks, ts, te) -> bool:
        """A warning that threatens nothing (warnings.tsv): of a danger or a development ("حذر غوتيريس من احتمال نشوب
        حرب"، "حذر المسؤولون السكان من الانزلاقات الطينية"، "تحذير من استمرار أجواء التصعيد"), or by a report, a study
        or experts, who are no party ("حذر تقرير بريطاني من"، "معلومات استخباراتية تحذر")."""
        w = toks[ts].norm.lstrip("وف")
        # (the definite noun too, with its prepositions: "دفعت الأمم المتحدة إلى التحذير من المخاطر الكبيرة على المدنيين"،
        # "للتحذير من مخاطر"، "بالتحذير من")
        w = next((w[len(p):] for p in ("بال", "لل", "ال", "ل") if w.startswith(p) and len(w) > len(p) + 3), w)
        # (and the verb after the purpose لـ: "ركز نتانياهو خلال لقائه بميركل على أزمة الهجرة ليحذر من النفوذ الإيراني")
        if not w.startswith(_WARN) or te >= len(toks) + 1:
            return False
        lex = self.lex

        def base(x):
            x = x[1:] if x[:1] in "وبل" and len(x) > 4 else x
            return x[2:] if x.startswith("ال") and len(x) > 4 else x
        if te < len(toks) and base(toks[te].norm) in lex.warn_source:
            return True  # (VSO: "حذر تقرير"، "حذرت دراسة")
        for k in (ts - 1, ts - 2):
            if k >= 0 and base(toks[k].norm) in lex.warn_source and not _strong_between(text, toks, k + 1, ts) \
                    and not (k < ts - 1 and toks[k + 1].norm in _THAT):
                return True  # (a headline's or clause's subject before it: "معلومات استخباراتية تحذر")
        for k in range(te, min(len(toks) - 1, te + 14)):
            # (past a long subject: "حذر مساعد الأمين العام للامم المتحدة للشؤون السياسية تايي- بروك زيريهون من")
            if toks[k].norm == "من" and k > te and not _strong_between(text, toks, te, k - 1) \
                    and text[toks[k - 1].end:toks[k].start].strip() in ("،", ","):
                # (the comma that closes the one warned, told after an adjunct: "حذر صندوق النقد الدولي في بيان نشره
                # الجمعة الجزائر، من مخاطر الاستمرار في النهج الاقتصادي الحالي")
                return base(toks[k + 1].norm) in lex.warn_danger
            if _strong_between(text, toks, te, k):
                return False
            if toks[k].norm == "من":
                return base(toks[k + 1].norm) in lex.warn_danger
        return False

    def _threat_posed(self, text, toks, ts, te) -> bool:
        """A threat noun (تهديد، التهديدات) that names a danger a party poses, not a threat it makes (warnings.tsv
        kinds pose and quality): "التهديد الذي تشكله إيران للمنطقة"، "التهديدات الإقليمية التي تمثلها إيران"، "يشكل
        تهديدا حقيقيا"، "انتفاء التهديد النووي الكوري الشمالي". Not a threat with its ب-complement (تهديد بريطاني
        بالرد على روسيا)."""
        w = _strip_wf(toks[ts].norm).lstrip("بل")
        if te - ts != 1 or not w.startswith(("تهديد", "التهديد")):
            return False
        lex = self.lex

        def pose(x):
            x = _strip_wf(x)
            return any(r in lex.threat_pose for r in readings(x))
        nxt = toks[te].norm if te < len(toks) else ""
        if any(toks[k].norm[:1] == "ب" and len(toks[k].norm) > 3 and toks[k].norm not in ("بين", "بعد", "بسبب")
               and not toks[k].norm.startswith(("باكمل", "باسر")) for k in range(te, min(len(toks), te + 3))):
            return False  # (a threat to do something: "تهديد بريطاني بالرد"، "التهديدات الغربية بتوجيه ضربة"; not
            # "تشكل تهديدا للتكتل بأكمله")
        if ts > 0 and pose(toks[ts - 1].norm) and not _strong_between(text, toks, ts, ts):
            return True  # "تشكل تهديدا للأمن الإقليمي"
        if w.endswith("ا") and any(pose(toks[k].norm) and not _strong_between(text, toks, k + 1, ts)
                                   for k in range(max(0, ts - 8), ts - 1)):
            return True  # "الذي شكل وجود ميليشيات الحوثي فيه تهديدا على الملاحة": the object of a verb of posing after
            # its subject
        if nxt in lex.threat_quality:
            return True
        k = te + 1 if nxt in lex.threat_quality else te
        if k < len(toks) and toks[k].norm in ("الذي", "التي") and k + 1 < len(toks) and pose(toks[k + 1].norm) \
                and not _strong_between(text, toks, te, k + 1):
            return True  # "التهديد الذي تمثله للسلم والأمن"
        return False

    def _prospective(self, text, toks, ts) -> bool:
        """A meeting named by a noun (قمة، اجتماع، زيارة، محادثات) that is still to come: governed by a word of
        anticipation (روسيا تستبق قمة طهران، تقارير تحدد مكان قمة ترامب وبوتن، استعدادا لزيارة: cues.tsv "prospect"),
        a span of time before it ("قبل أسبوع من زيارة ميركل إلى روسيا"), or the object of a future verb in its clause
        ("ستستضيف مسؤولة السياسة الخارجية ... فيديريكا موجيريني اجتماعا لوزراء خارجية"). Not a meeting after which
        something is to happen (سيزور ... بعد لقائه): its clause is searched only back to a preposition of time."""
        for k in range(max(0, ts - 3), ts):
            if _strong_between(text, toks, k + 1, ts):
                continue
            if any(r in self.lex.prospect for r in readings(toks[k].norm)):
                return True
        if ts >= 2 and toks[ts - 1].norm == "من" and any(
                toks[k].norm.lstrip("و") in ("قبل", "قبيل") and not _strong_between(text, toks, k + 1, ts)
                for k in range(max(0, ts - 4), ts - 1)):
            return True
        if ts >= 1 and toks[ts - 1].norm.lstrip("و") in ("قبل", "قبيل"):
            return True  # "فنلندا تشدد إجراءات الدخول قبل قمة بوتين وترمب"، "قبيل زيارته لبيروت": the meeting the time
            # is reckoned from is still to come when told (s20fp)
        for k in range(ts - 1, max(-1, ts - 11), -1):
            if _strong_between(text, toks, k + 1, ts):
                break
            w = toks[k].norm
            w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
            if w in _RELATIVES or w in _PROSPECT_STOPS:
                break
            if _future_verb(w):
                return True
        return False

    def _meeting_retold(self, text, toks, groups, st, ts, te) -> bool:
        """A meeting named again by a bare definite noun or a demonstrative, with no side of its own ("وحضر اللقاء الأمير
        محمد بن نواف ..."، "وتأتي هذه القمة في وقت ..."، "وعلقت السفارة اليمنية على هذا اللقاء"), after the story has
        told a meeting: it is that meeting, whose sides were read where it was told; the parties of this sentence
        (who attends, who comments, what the meeting is about) are not its sides. A meeting noun with a genitive, a
        pronoun, an adjective of nationality or مع/بين after it names its own sides and is read as usual."""
        if te - ts != 1 or st.i == 0:
            return False
        w = toks[ts].norm
        w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
        demo = ts > 0 and toks[ts - 1].norm.lstrip("وفبل") in _DEMONSTRATIVES
        if not (demo or w.startswith(("ال", "بال", "لل"))) or _noun_suffix(toks[ts].norm) is not None:
            return False
        if any(te <= g["s"] <= te + 4 and not _strong_between(text, toks, te, g["s"]) for g in groups):
            return False
        if any(toks[k].norm in ("مع", "بين", "وبين") for k in range(te, min(len(toks), te + 4))):
            return False
        told = [e for e in self._recent_events if e["type"] == "CONSULT" and e["_sent"] < st.i and e["actors"]
                and not e["negated"]]
        if told and all(e["hypothetical"] for e in told):
            self._planned_retold = True  # "ويأتي اللقاء في أعقاب ..." after "يلتقي ... الأسبوع المقبل": still to come
            return False
        return any(not e["hypothetical"] for e in told)

    def _quoted_self(self, toks, groups, ts, te, inq, actors, recips):
        """A verbal act in the first person inside a direct quote is its speaker's: "وقال بوتين للأسد: أهنئكم على
        النجاحات"، "وقال: نطلب من الحكومة الألمانية التدخل"، "أبرمنا اتفاقا مع روسيا" (not the one spoken to, nor a
        party named before the quote). Kept when a party of the speaker's own country acts (the "we" of a minister is
        his state) or when the verb has its own subject right after it ("هددنا الحوثيون": they threatened us)."""
        spk = inq.get("speaker")
        if not spk or spk in actors or not _own_voice(toks[ts].norm):
            return actors, recips
        by = self._dp.by_id
        own = (by.get(spk) or {}).get("country")
        if own and any((by.get(i) or {}).get("country") == own for i in actors):
            return actors, recips
        if any(g["prep"] is None and g["s"] == te and set(g["ids"]) & set(actors) for g in groups):
            return actors, recips
        return [spk], [i for i in recips if i != spk]

    def _welcomed_owner(self, text, toks, groups, ts, te, subj, actors, st):
        """The owner of the act a reaction verb takes as its object (رحب بـ، أشاد بـ، أثنى على، أيد، ثمن), or None when
        the object is a party itself (رحب بالرئيس), a pronoun (رحب بقرارها: read elsewhere) or not found. The owner is
        the genitive after the act noun (بمقترح ترامب، بقيام الولايات المتحدة بتصنيف، تدعم استقرار وأمن لبنان، أيد
        ترشح وزير العمل السابق ستيفن كراب), a nationality adjective in its phrase (بالموقف الإسباني، مشروع القرار
        الروسي), the subject of a relative clause on it (بالدور الذي تقوم به قوات التحالف) or the sides after بين (بلقاء
        بين ترمب وبوتين). With none: _UNNAMED when a noun that is no party stands in the genitive (أثنى على صمود أبناء
        اليمن، تشيد بقرار الدول الراعية), else [] (a bare act noun: رحب بالاتفاق)."""
        n = len(toks)
        self._owner_k = None
        k = subj["e"] if subj is not None and subj["s"] >= te and set(subj["ids"]) <= set(actors) else te
        # (a party after the verb that is not its subject is its object: "التحالف الذي يدعم مقاتلين أكرادا")
        if _object_suffix(toks[ts].norm) is not None:
            return None  # the object is the pronoun on the verb: "قوات سوريا الديمقراطية التي تدعمها الولايات المتحدة"
        prefixed = _reaction_prefixed(toks[ts].norm)
        on = prefixed and any(x in toks[ts].norm for x in ("ثني", "اثن"))  # أثنى على
        while k < n and k - te <= 8 and (toks[k].norm in _dates_words() or toks[k].norm in _MANNER
                                         or on and toks[k].norm == "علي"):
            k += 1  # (أشاد ...، الاثنين، بالخطوات؛ أثنى على جهود؛ نؤيد بقوة قراره)
        if prefixed and not on:
            # the ب-object after an inserted phrase: "وأشاد وزير الداخلية على تويتر باستجابة الشرطة"، "رحب في بيان بـ"
            k = next((x for x in range(k, min(n, k + 5)) if toks[x].norm[:1] == "ب" and len(toks[x].norm) > 3
                      and toks[x].norm not in _MANNER or any(g["s"] == x and g["prep"] == "ب" for g in groups)), k)
        if k >= n or k - te > 12 or _full_stop_between(text, toks, te, k) or any(g["s"] == k for g in groups):
            return None
        w = toks[k].norm
        self._owner_k = k
        if w[:1] in "بل" and _title_word(w[1:]) and k + 2 < n and toks[k + 1].norm in _STATE_HEADS \
                and any(g["s"] == k + 2 for g in groups):
            return None  # "أشاد نتانياهو برئيس دولة باراغواي": the head of a state is a party praised, no act (s20gather)
        if w in ("بهذا", "بهذه", "بذلك", "بتلك", "بها", "به"):
            return []  # "رحبت الوزيرة بهذه الخطوة": an act told before
        direct = on or not prefixed
        if not (w[:1] == "ب" and len(w) > 3 or direct and len(w) > 2 and w not in self.lex.stop
                and w not in VERB_FORMS and w.lstrip("و") not in _COMPLEMENTIZERS):
            return None
        suf = next((x for x in ("هما", "هم", "ها", "ه") if w.endswith(x) and len(w) - len(x) >= 3), None) \
            if not toks[k].text.endswith("ة") else None
        if suf is not None and w[:1] != "ب" and direct and not any(g["s"] == k + 1 and g["prep"] is None for g in groups):
            # "ونؤيد بقوة قراره الصائب بقطع العلاقات مع إيران": the pronoun on the backed act names its owner, the
            # party it refers back to (not one inside the act)
            ante, _ = self._antecedent(st, k, suf, actors)
            return ante or _UNNAMED
        if len(w) > 5 and w.endswith(("ها", "هم", "هما")) or w.startswith(("بما", "بان", "بانه", "بانها")):
            return None  # (بقرارها: the pronoun's antecedent; بما أعلنته القمة: a relative, read as before)
        j = k + 1
        while j < n and j - k <= 3 and toks[j].norm[:1] == "و" and len(toks[j].norm) > 3 \
                and not _title_word(toks[j].norm) and (toks[j].norm[1:3] == "ال") == (toks[j - 1].norm.lstrip("ب")[:2] == "ال") \
                and not any(g["s"] == j for g in groups) and not _strong_between(text, toks, j - 1, j + 1):
            j += 1  # nouns sharing the genitive: "تدعم استقرار وأمن لبنان"
        if j < n and _STRONG.search(text, toks[j - 1].end, toks[j].start):
            return []
        # the phrase of the act noun: its genitive chain up to a preposition, a verb, a relative or punctuation
        end = j
        while end < n and end - j < 5 and not _strong_between(text, toks, j, end + 1) \
                and toks[end].norm[:1] not in "بلف" and toks[end].norm not in _RELATIVES \
                and toks[end].norm not in _CHAIN_BREAK and toks[end].norm not in VERB_FORMS \
                and not any(g["s"] == end for g in groups):
            end += 1
        for g in groups:
            if g["s"] < j or g["s"] > j + 5:
                continue
            if g["s"] == j and g["prep"] is None:
                return list(g["ids"])  # the genitive (بمقترح ترامب) or a nationality adjective (بالموقف الإسباني)
            if g["s"] == j and g["prep"] in ("ب", "ل") and not set(g["ids"]) & set(actors):
                return list(g["ids"])  # the other side of a relation: "أشاد بعلاقته بالرئيس الأمريكي"
            if g["s"] == end and g["prep"] is None and end > j and (
                    all(self._nationality(toks, x) for x in g["m"]) or all(_title_word(toks[x].norm) or x > j
                                                                            for x in range(j, end))
                    and _title_word(toks[j].norm)):
                return list(g["ids"])  # "مشروع القرار الروسي"، "ترشح وزير العمل السابق ستيفن كراب"
            if (g["prep"] == "بين" or any(toks[x].norm == "بين" for x in range(max(j, g["s"] - 2), g["s"]))) \
                    and not _strong_between(text, toks, j, g["s"]):
                return list(g["ids"])  # the sides of a meeting or an agreement reacted to (بين زعيمي الكوريتين)
            if g["s"] >= end and g["s"] - end <= 3 and g["prep"] in ("ل", "مع") and not _strong_between(text, toks, j, g["s"]) \
                    and not set(g["ids"]) & set(actors):
                return list(g["ids"])  # "تدعم الحقوق السيادية للسعودية"، "أشاد بالحوار المباشر مع بوتين"
        if j < n and toks[j].norm[:1] in "يت" and len(toks[j].norm) > 4 and toks[j].norm.endswith(("ه", "ها", "هم")) \
                and not toks[j].text.endswith("ة"):
            ag = next((g for g in groups if g["prep"] is None and j < g["s"] <= j + 2), None)
            if ag is not None:
                return list(ag["ids"])  # a relative clause on an indefinite noun: "بتحقيق تجريه الأمم المتحدة"
        r = next((x for x in range(j, min(n - 1, j + 3)) if toks[x].norm in _RELATIVES
                  and not _strong_between(text, toks, j, x)), None)
        if r is not None:
            v = r + 2 if r + 2 < n and toks[r + 2].norm in ("به", "بها", "بهم", "فيه", "فيها") else r + 1
            ag = next((g for g in groups if g["prep"] is None and v < g["s"] <= v + 4 and g["s"] - r <= 6
                       and not _full_stop_between(text, toks, r, g["s"])), None)  # (... اتخذه، كبير موظفي البيت الأبيض)
            if ag is not None:
                return list(ag["ids"])  # the subject of the relative clause on the act noun (الذي اتخذه، جون كيلي)
        p = next((x for x in range(j, min(n - 1, j + 2)) if toks[x].norm.lstrip("ال") in _ISSUED), None)
        if p is not None:
            ag = next((g for g in groups if g["prep"] in ("عن", "من", "من قبل") and p < g["s"] <= p + 2), None)
            if ag is not None:
                return list(ag["ids"])  # "بالقرار الصادر عن مجلس الأمن"، "بالجهود المبذولة من قطر"
        told = w.lstrip("ب") in _DECISION_NOUNS or any(m2.start_tok == k for m2 in st.trigs) or any(
            r in self.lex.trig.trie for r in readings(w[1:] if w[:1] == "ب" else w))
        # "أثنى على صمود أبناء اليمن"، "تشيد بقرار الدول الراعية"، "يدعم الاستقرار في المنطقة": a noun that names no
        # party owns the act, or no one does (_UNNAMED); but the noun of an act the lexicon knows or of a decision
        # (رحب بالاتفاق، رحب الصحفيون بسحب القواعد) may take up an act told before, whose doer is the one welcomed ([])
        return [] if told else _UNNAMED

    def _stance_stated(self, text, st, ts) -> bool:
        """Is the stance noun at ts the object of a verb that states it as its subject's own (أكد البيان دعم مصر،
        أعربت المنامة عن تأييدها، أعلن الحزب تأييده للشاهد) or gives it to its subject (حظيت بدعم الحلف، نال تأييد
        الأحزاب)? The verb opens the noun's own clause: a complementizer (أن، إن) or a full stop or colon between them
        ends the search."""
        toks, cut = st.toks, st.cut(text)
        if ts <= cut + 1 and st.i == 0:
            return True  # a headline told as a noun phrase: "ترحيب سعودي بانسحاب ترامب من الاتفاق النووي"
        about = False  # (the bare عبر is also the preposition "via": "عبر دعم مليشيات حزب الله"; it states only with عن)
        for k in range(ts - 1, max(cut, ts - 17) - 1, -1):
            w = toks[k].norm
            if w in _COMPLEMENTIZERS or _STANCE_BREAK.search(text, toks[k].end, toks[k + 1].start):
                return False
            about = about or w == "عن"
            if (w in self.lex.stance_verbs or w[:1] in "وف" and w[1:] in self.lex.stance_verbs) \
                    and (about or w.lstrip("وف") != "عبر"):
                return True
        return False

    def _condemned_acts(self, text, st, events) -> None:
        """"أدانت قطر استهداف السعودية بصواريخ"، "ندد بالغارات الروسية على إدلب"، "انتقد تصريحات الخزعلي": who
        condemns or criticises an act accuses its DOER (the act's own author: the genitive agent, the nationality
        adjective, the من قبل phrase, as the act's event reads them) and who criticises a statement or a policy
        accuses its OWNER (the genitive after تصريحات، موقف، سياسة); never the act's victim (the genitive of a harm
        noun, the party after على / ضد) or its place. An act with no doer in the sentence is marked (_open) for
        _condemned_doers, which looks for its author in the story's neighbouring sentences."""
        lx = self.lex.condemn
        toks = st.toks
        groups = None
        for ev in events:
            if ev["_sent"] != st.i or ev["type"] != "ACCUSE" or ev["mode"] != "disapprove" or not ev["actors"]:
                continue
            t0, t1 = ev["trigger"]["start"], ev["trigger"]["end"]
            tk = next((k for k, t in enumerate(toks) if t.start == t0), None)
            if tk is None or not _condemn_word(toks[tk].norm, lx):
                continue
            te = next((k for k in range(tk, len(toks)) if toks[k].end >= t1), tk) + 1
            if groups is None:
                groups = _groups(text, toks, st.ments)
            if self._condemned_step(text, toks, groups, st, ev, tk, te, events):
                continue
            k, act = _condemned_object(text, toks, groups, te, set(ev["actors"]), lx)
            if k is None:
                continue
            w = toks[k].norm
            bare = _bare_noun(w, "بل")
            if lx.get(bare) == "owned":
                # "انتقد تصريحات الخزعلي"، "ندد بالموقف المعيب للحكومة الإيطالية": the statement's owner
                own = next((g for g in groups if (g["s"] == k + 1 and g["prep"] is None or g["prep"] == "ل"
                                                  and k < g["s"] <= k + 5 or g["s"] == k + 2 and g["prep"] is None
                                                  and all(self._nationality(toks, x) and x.country
                                                          and x.sector != "CVL" for x in g["m"]))
                            and not _STRONG.search(text, toks[k].end, toks[g["s"]].start)), None)
                # ("سياسة التهدئة الأوروبية": the owner's adjective after the policy's own genitive noun; "بالموقف
                # المعيب وغير المسؤول للحكومة الإيطالية": the لـ owner after its adjectives)
                if own is not None and any(g["s"] < own["s"] and g["e"] > k for g in groups):
                    own = None  # (another party comes first: the لـ-phrase is not the owner's)
                r = next((j for j in range(k + 1, min(len(toks), k + 5)) if toks[j].norm.lstrip("و") in _RELATIVES), None)
                if own is None and r is not None and not any(k < g["s"] < r for g in groups):
                    # "نستنكر الخطوة الاستفزازية التي قامت بها الولايات المتحدة"، "بالسياسة القمعية التي ينتهجها"
                    own = self._doer_clause(text, toks, groups, r + 1, 4)
                if own is None and (w.lstrip("بل").startswith("ال") or w.startswith("لل")) and (
                        k + 1 >= len(toks) or _STRONG.search(text, toks[k].end, toks[k + 1].start)):
                    # "وندد المتحدث باسم الجيش المصري بالتقرير، مؤكدا ...": the statement told in the sentences before
                    # (its author: the actor of an act told there beside the same noun), not a party of the clause after
                    # the comma
                    told = next((e for e in self._recent_events[::-1] if 0 < st.i - e["_sent"] <= 2 and e["actors"]
                                 and not set(e["actors"]) & act and not e["negated"]
                                 and bare in normalize(e["sentence"])
                                 and not (bare in _SPOKEN_NOUNS and e["type"] in MATERIAL_ACTS)), None)
                    # (a report or a statement is a speaker's: not the author of a campaign told beside it, "حذرت
                    # هيومن رايتس ووتش في تقرير ...، مع استمرار الجيش المصري في ... حملته العسكرية")
                    if told is None and bare in _SPOKEN_NOUNS:
                        auth = self._spoken_author(st, bare, act)
                        if auth:
                            ev["recipients"] = auth
                            continue
                    ev["recipients"] = [a for a in told["actors"] if a not in act] if told is not None else []
                    continue
                if own is not None and not set(own["ids"]) & act:
                    ev["recipients"] = list(own["ids"])
                elif own is None and k + 1 < len(toks) and not _STRONG.search(text, toks[k].end, toks[k + 1].start):
                    # "تنتقد سياسة فصل أطفال المهاجرين عن آبائهم": no owner named; a party deep inside the policy's
                    # phrase is what it is about, not its owner
                    stop = next((j for j in range(k + 1, len(toks)) if _STRONG.search(text, toks[j - 1].end, toks[j].start)),
                                len(toks))
                    inner = {i for g in groups if k + 1 < g["s"] < stop and g["s"] - k <= 8 for i in g["ids"]}
                    if set(ev["recipients"]) & inner:
                        ev["recipients"] = [r for r in ev["recipients"] if r not in inner]
                        ev["_open"] = ("owned", inner)
                continue
            m2 = next((m for m in st.trigs if m.start_tok == k and m.value.type in _CONDEMNED_ACTS), None)
            if m2 is None:
                continue
            e2 = next((e for e in events if e is not ev and e["_sent"] == st.i
                       and e["trigger"]["start"] == toks[m2.start_tok].start), None)
            gen = next((g for g in groups if g["s"] == m2.end_tok and g["prep"] is None), None)
            to = next((g for g in groups if gen is not None and g["s"] == gen["e"] and g["prep"] == "ل"), None)
            if gen is not None and to is not None and not set(gen["ids"]) & act:
                # "اقتحام المستوطنين للمسجد الأقصى"، "إطلاق جماعة الحوثي لصواريخ": a verbal noun whose object takes لـ
                # has its doer in the genitive
                ev["recipients"] = list(gen["ids"])
                continue
            if e2 is not None and e2["actors"] and not set(e2["actors"]) & act and any(
                    set(g["ids"]) & set(e2["actors"]) and g["s"] >= m2.start_tok for g in groups):
                # (the act's doer as named in the act phrase, not a speaker or a subject its event took from before)
                ev["recipients"] = [a for a in e2["actors"] if a not in act]
                continue
            if _accuse.genitive_doer(gen, e2, act, m2.value, PATIENT_GEN):
                ev["recipients"] = list(gen["ids"])  # "روسيا تستنكر انسحاب أميركا من اتفاق إيران النووي"
                continue
            doer = self._act_doer(text, toks, groups, m2, gen)
            if doer is not None and not set(doer["ids"]) & act:
                ev["recipients"] = list(doer["ids"])
                continue
            # no doer in the act's own phrase: its victims and places (the act event's recipients, the genitive of a
            # harm or arrest noun, the parties after على / ضد / في / بحق inside the act phrase) are not accused
            stop = next((j for j in range(m2.end_tok, len(toks)) if _STRONG.search(text, toks[j - 1].end, toks[j].start)
                         and text[toks[j - 1].end:toks[j].start].strip()[:1] not in ('"', "«", "»", "“", "”")), len(toks))
            victims = {i for g in groups if m2.end_tok <= g["s"] < stop and (
                e2 is not None and set(g["ids"]) & set(e2["recipients"]) or
                g["prep"] in ("على", "ضد", "في", "بحق") or g["s"] == m2.end_tok and m2.value.type in PATIENT_GEN)
                for i in g["ids"]}
            if ev["recipients"] and not any(set(g["ids"]) & set(ev["recipients"]) for g in groups) \
                    and _countries(ev["recipients"], self._dp) & _countries(ev["actors"], self._dp):
                victims |= set(ev["recipients"])  # (a target taken from another sentence: not the condemner's own state)
            if not victims & set(ev["recipients"]):
                continue
            ev["recipients"] = [r for r in ev["recipients"] if r not in victims]
            ev["_open"] = (m2.value.type, victims)

    def _directed_charge(self, text, toks, groups, ts, te, st=None, passive_only=False):
        """"أن إسرائيل وجهت اتهاماً للوزير الإسرائيلي السابق، غونين سيغيف"، "وجه المدعي العام روبرت مولر اتهامات جديدة
        لبول مانافورت"، "ووجهت المحكمة للناشط ناصر الزفزافي تهمة المس بأمن الدولة"، "وجهت النيابة العامة تهمة التحريض
        على العنف إلى الناشط علاء عبد الفتاح": a charge noun after a verb of directing (وجّه) is levelled by the verb's
        subject (after it, or right before it) at the party after إلى / لـ: between the verb and the noun, right after
        the noun (its adjectives between), or, after the charge's own words, the first named person (the charge's
        words hold other إلى / لـ phrases: "تهمة الانتماء إلى منظمة إرهابية"). (actors, recipients), or None: a
        passive or a verbal noun names no one who charges."""
        v = next((j for j in range(ts - 1, max(-1, ts - 17), -1) if _directing(toks[j].norm)), None)
        if v is None or _full_stop_between(text, toks, v, ts):
            return None
        if v > 0 and toks[v - 1].norm in ("في", "وفي", "امام", "ب"):
            return None  # "في وجه الاتهامات": the noun وجه (face)
        if any(_bare_noun(toks[j].norm, "وفبل") in _NOT_CHARGED for j in range(v + 1, ts)):
            return None  # "وجه ترامب رسالة إلى كيم بشأن الاتهامات": what is directed is a letter, not the charge
        to = ("إلى", "الى", "ل", "لـ")

        def prep(g):  # (the title before a name carries its ل: "للوزير السابق جونين سيجيف")
            j = g["s"] - 1
            while g["prep"] is None and j > v and (_title_word(toks[j].norm) or toks[j].norm in _PAST_TITLE):
                if toks[j].norm[:1] == "ل" and _title_word(toks[j].norm):
                    return "ل"  # (as the preposition of a group: "ل" or "لـ")
                j -= 1
            return g["prep"]
        subj = next((g for g in groups if v < g["s"] and g["e"] <= ts and prep(g) is None), None)
        if subj is None:
            subj = next((g for g in groups if g["prep"] is None and g["e"] <= v and (
                g["e"] == v or g["e"] == v - 1 and toks[v - 1].norm in ("قد", "وقد", "فقد"))
                and not _strong_between(text, toks, g["e"], v)), None)
        if subj is None:
            # "ووجهت له لائحة تشمل ست اتهامات"، "ووجهت إليه تهمة": a passive after an arrest (charges.py, s20charge)
            return None if st is None else _charges.passive_charge(self, st, text, toks, groups, v, ts)
        if passive_only:
            return None
        actors = list(subj["ids"])
        kin = _charges.kin_target(self, text, toks, groups, v, ts, te)
        if kin is not None:  # "لزوجة رئيس الوزراء، بنيامين نتنياهو": the relative is charged (charges.py, s20charge)
            kin = [i for i in kin if i not in actors]
            return (actors, kin) if kin else ()
        tgt = next((g for g in groups if v < g["s"] < ts and prep(g) in to), None)
        if tgt is None:
            tgt = next((g for g in groups if te <= g["s"] <= te + 3 and prep(g) in to
                        and not any(h is not g and te <= h["s"] < g["s"] for h in groups)
                        and not _strong_between(text, toks, te, g["s"])), None)
        if tgt is None:
            tgt = next((g for g in groups if te <= g["s"] <= te + 14 and prep(g) in to
                        and not _full_stop_between(text, toks, te, g["s"])
                        and all((self._dp.by_id.get(i) or {}).get("type") == "PERSON" for i in g["ids"])), None)
        if tgt is None:
            return None
        recips = [i for i in tgt["ids"] if i not in actors]
        return (actors, recips) if recips else None

    def _judged_act_author(self, text, st, toks, groups, ts, te, actors) -> list:
        """"اعتقلت السلطات الإيرانية عشرات المحتجين، في حملة انتقدتها منظمة العفو الدولية"، "فرضت واشنطن عقوبات
        جديدة على موسكو، في إجراءات وصفتها روسيا بأنها عدائية"، "طردت بريطانيا 23 دبلوماسيا روسيا، في خطوة انتقدتها
        موسكو بشدة": a verb of condemning or judging with the pronoun of the indefinite act noun before it (a relative
        clause with no relative pronoun, صفة جملة; the noun one of data/wordsets.tsv judged/act_noun), its subject
        right after it, judges that act: the one accused is the author of the act told before it in the sentence. []
        when none is told."""
        w = toks[ts].norm
        k = te
        if k < len(toks) and toks[k].norm in ("به", "بها", "بهم", "بهما"):
            k += 1
        elif not (len(w) > 4 and w.endswith(("ه", "ها", "هم", "هما"))):
            return []
        if ts == 0 or _conj_verb(w) or not toks[ts - 1].text[:1].isalpha() \
                or re.search(r"[.؛;:!?؟\n]", text[toks[ts - 1].end:toks[ts].start]):
            return []
        p = toks[ts - 1].norm
        if p in _RELATIVES or p in _WHAT_RELATIVE or p in _JUDGED_NOT_AFTER or p.lstrip("وف") in _JUDGED_NOT_AFTER \
                or any(g["e"] == ts for g in groups):
            return []  # (a relative pronoun or a particle: other readings; "الحكومة انتقدتها موسكو": the party itself)
        if not any(g["s"] == k and g["prep"] is None and set(g["ids"]) & set(actors) for g in groups):
            return []  # (the judge right after the verb: VSO)
        if not any(_bare_noun(toks[j].norm, "وبلف") in _JUDGED_ACTS for j in range(max(0, ts - 10), ts)
                   if not _full_stop_between(text, toks, j, ts)):
            return []  # (an act named right before: not "بمساعدة جماعة تحملها تركيا مسؤولية", a group)
        t0 = toks[ts].start
        prev = next((e for e in reversed(self._recent_events) if e["_sent"] == st.i and e["actors"]
                     and e["trigger"]["end"] <= t0 and e["type"] not in _NOT_JUDGED_ACTS and not e["negated"]), None)
        if prev is None:  # (not the last act of the sentence before: "حملة وصفتها الأمم المتحدة بالتطهير العرقي" after a
            # sentence whose coded act is the rebels' attack, not the army's campaign)
            return []
        return [a for a in prev["actors"] if a not in actors]

    def _condemned_step(self, text, toks, groups, st, ev, tk, te, events) -> bool:
        """"وفرضت واشنطن عقوبات جديدة على طهران، في خطوة نددت بها إيران"، "الضربات الجوية التي نددت بها دمشق": a
        condemnation told after the act it condemns (في خطوة، وهي خطوة، وهو ما، الأمر الذي، الذي، التي), its object a
        pronoun (بها، به، أدانتها); its subject is the party after it, the one accused the author of the act told
        before it in the sentence. True when it reads so."""
        if tk == 0:
            return False
        w = toks[tk].norm.lstrip("و")
        pron = te < len(toks) and toks[te].norm in ("به", "بها", "بهم")
        if not (pron or len(w) > 5 and w.endswith(("ها", "ه")) and w[:1] not in "يتنم" and not w.startswith(("ادانه", "انتقاد"))):
            return False  # (إدانته، انتقاده: a noun with its owner, not a verb with its object)
        if not (toks[tk - 1].norm.lstrip("وف") in ("خطوه", "الذي", "التي", "ما") or tk > 1 and (
                toks[tk - 2].norm, toks[tk - 1].norm) in (("الامر", "الذي"), ("وهو", "ما"), ("وهي", "خطوه"))):
            return False
        k = te + 1 if pron else te
        while k < len(toks) and (self.lex.condemn.get(toks[k].norm) in ("skip", "skip2") or toks[k].norm.startswith(_MANNER_B)) \
                and not _STRONG.search(text, toks[k - 1].end, toks[k].start):
            k += 1
        subj = next((g for g in groups if g["s"] == k and g["prep"] is None), None)
        t0 = toks[tk].start
        prev = next((e for e in events[::-1] if e is not ev and e["_sent"] == st.i and e["actors"]
                     and e["trigger"]["end"] <= t0 and e["type"] != "ACCUSE"), None)
        if subj is None or prev is None or set(prev["actors"]) & set(subj["ids"]):
            return False
        ev["actors"], ev["recipients"] = list(subj["ids"]), list(prev["actors"])
        return True

    def _act_doer(self, text, toks, groups, m2, gen):
        """The doer an act phrase names when the act's own event has none: the nationality adjective (الصواريخ
        الحوثية، هجوم أمريكي), the genitive of an attack noun (هجمات إيران، قصف التحالف) or a genitive that is a state
        body or force (احتجاز السلطات الصومالية طائرة، اعتقال السلطات السعودية حقوقيين, but not a country after a
        noun of harm: استهداف السعودية), the subject of a relative clause of doing (الهجوم الذي قامت به سوريا، العنف
        الذي تمارسه إسرائيل، شنتها مجموعة مسلحة)."""
        k = m2.end_tok
        nat = next((g for g in groups if g["prep"] is None and (g["s"] == k or g["s"] == k + 1 and toks[k].norm[:2] == "ال"
                                                                and not _STRONG.search(text, toks[k - 1].end, toks[k].start))
                    and all(self._nationality(toks, x) and x.country and x.sector != "CVL" for x in g["m"])), None)
        if nat is not None:  # (a people's adjective, not a crowd: "بتوقيف نشطاء معارضين" names those arrested)
            return nat
        head = toks[m2.start_tok].norm
        head = head[1:] if head[:1] in "وفبل" and len(head) > 4 else head
        head = head[2:] if head.startswith("ال") else head
        if gen is not None and (head in _ATTACK_NOUNS or _official(gen, self._dp) and not all(
                x.kind == "GPE" for x in gen["m"])):
            return gen
        if head in _ATTACK_NOUNS:
            # "الهجمات الصاروخية الاستفزازية للنظام الإيراني": the attack of someone, after its adjectives
            own = next((g for g in groups if g["prep"] == "ل" and k <= g["s"] <= k + 3), None)
            if own is not None and all(toks[j].norm[:2] == "ال" or toks[j].norm.endswith(("يه", "ي")) for j in range(k, own["s"])) \
                    and not _STRONG.search(text, toks[k - 1].end, toks[own["s"]].start):
                return own
        return self._doer_clause(text, toks, groups, k, 8)

    def _doer_clause(self, text, toks, groups, k, span):
        """The subject of a relative clause of doing within ``span`` words after an act noun (الذي قامت به سوريا،
        العنف الذي تمارسه إسرائيل، الجرائم التي ارتكبتها القوات، الحوادث التي تقف وراءها مجموعات، شنتها الولايات
        المتحدة), or None."""
        lxc = self.lex.condemn
        for j in range(k, min(len(toks), k + span)):
            if j > k and _STRONG.search(text, toks[j - 1].end, toks[j].start) \
                    and text[toks[j - 1].end:toks[j].start].strip()[:1] not in ("(", ")"):
                return None
            w = toks[j].norm
            base = w.removesuffix("ها").removesuffix("ه")  # (تمارسه، ارتكبتها: the act's pronoun on the verb)
            if w in _LAUNCHED or base != w and lxc.get(base) == "agent" \
                    or lxc.get(w) == "agent0" and j + 1 < len(toks) and toks[j + 1].norm in _AGENT0_PRONS \
                    or lxc.get(w) == "behind" and j > k and toks[j - 1].norm.lstrip("و").startswith(("يقف", "تقف", "وقف")):
                return next((g for g in groups if g["prep"] is None and j < g["s"] <= j + 3), None)
        return None

    def _conditional_threats(self, doc, sents, st, events, quotes, last_actor, pub):
        """"ستسوي تل أبيب بالتراب إذا ارتكب الكيان الصهيوني حماقة"، "إذا لم يقدم الأوروبيون ضمانا فإننا سننسحب من
        الاتفاق": a hostile act promised on a condition is a THREATEN by the speaker (or the act's author) against
        the party of the condition (or the act's target). The promised act itself stays hypothetical."""
        toks = st.toks
        text = doc["text"]
        if any(e["_sent"] == st.i and e["type"] == "THREATEN" for e in events):
            return []
        conds = [k for k in compress(count(), map(_COND_WORDS.__contains__, map(_TOK_NORM, toks)))
                 for t in (toks[k],) if (t.norm in ("اذا", "واذا", "فاذا", "مالم") and not (
                     k > 0 and toks[k - 1].norm in ("ما", "عما", "فيما", "بما"))  # "ما إذا كانت": whether, no condition
                 or
                 t.norm in ("حال", "حاله") and k > 0 and toks[k - 1].norm in ("في", "وفي") or
                 t.norm == "ما" and k + 1 < len(toks) and toks[k + 1].norm == "لم")]
        # without a condition, a hostile act its author announces for the future is a threat too ("أعلن أردوغان أن
        # تركيا ستشن عمليات عسكرية ضد المتطرفين"، "قال إنه سيقاضي جنينة"، "إن موسكو سترد على العقوبات")
        announced = not conds
        whether = next((k for k in range(1, len(toks)) if toks[k].norm in ("اذا", "واذا")
                        and toks[k - 1].norm in ("ما", "عما", "فيما")), len(toks))
        # (s24attack: an act asked about is no announcement: "تساءلت الصحيفة ما إذا كان ماكرون سيأمر بشن ضربات")
        acts = []  # (token index, hostile event or None)
        for ev in events:
            if ev["_sent"] == st.i and ev["hypothetical"] and not ev["negated"] and ev["type"] in (
                    "ASSAULT", "SANCTION", "COERCE", "RETREAT", "MOBILIZE") + (("ACCUSE",) if announced else ()):
                k = next((k for k, t in enumerate(toks) if t.start == ev["trigger"]["start"]), None)
                if k is not None and (_future(toks, k) or any(_future_light(toks[j].norm) for j in range(max(0, k - 4), k))):
                    if whether < k or announced and ev["type"] in ("RETREAT", "MOBILIZE"):
                        continue  # a withdrawal or deployment announced for the future is a plan, not a threat
                    acts.append((k, ev))
        if announced:
            # "ستشن "عمليات عسكرية جديدة"، ... ضد المتطرفين": an announced attack whose target the rules did not attach
            done = {ev["trigger"]["start"] for ev in events if ev["_sent"] == st.i}
            for m in st.trigs:
                k = m.start_tok
                if m.value.type in ("ASSAULT", "SANCTION", "COERCE") and toks[k].start not in done and whether > k and (
                        _future(toks, k) or any(_future_light(toks[j].norm) for j in range(max(0, k - 4), k))):
                    acts.append((k, None))
        ct = self.lex.condthreats
        # (_future needs a س in the first two letters or a future particle before: only those tokens are looked at)
        norms = [t.norm for t in toks]
        cands = set(compress(count(), map(operator.contains, map(_FIRST2, norms), repeat("س"))))
        cands.update(k + 1 for k in compress(count(), map(_FUTURE_WORDS.__contains__, norms)))
        for k in sorted(cands):
            if k >= len(toks):
                continue
            stem = _future_stem(norms[k])
            if stem and stem in ct and _future(toks, k):
                nxt = ct[stem]
                if nxt.startswith("!"):
                    # "سيردّون على المخاوف الأمريكية"، "محكمة لاهاي سترد الدعوى": an answer or a dismissal, no reprisal
                    if not any(toks[j].norm.lstrip("وبل") in _unless_words(nxt)
                               for j in range(k + 1, min(len(toks), k + 4))):
                        acts.append((k, None))
                elif not nxt or any(toks[j].norm in _alternatives(nxt) for j in range(k + 1, min(len(toks), k + 6))):
                    acts.append((k, None))
        # "روسيا تعتزم اتخاذ إجراءات انتقامية"، "موسكو تجهز إجراءات انتقامية": a reprisal intended or prepared
        # (or announced: "ستعد إجراءات انتقامية"، "ستعمل على اتخاذ إجراءات انتقامية")
        adjs = [] if _REPRISAL_ADJ.isdisjoint(norms) else [j for j, w in enumerate(norms) if w in _REPRISAL_ADJ]
        if "ضد" in norms:
            # (s26request) "تدرس اتخاذ المزيد من الإجراءات ضد أوتاوا": measures aimed at a party by ضد are a reprisal
            # (not past a verbal noun of purpose, whose object ضد governs: "ستطبق إجراءات جديدة لتعزيز الدفاعات ضد أنشطة
            # عدائية"، "سيتخذ كافة الإجراءات لطرد الذين يعملون ضد بلاده")
            adjs += [j for j, w in enumerate(norms) if w.lstrip("و") in _REPRISAL_MEASURE and "ضد" in norms[j + 1:j + 5]
                     and not any(x[:1] == "ل" and len(x) > 3 for x in norms[j + 1:j + 1 + norms[j + 1:j + 5].index("ضد")])
                     and not _full_stop_between(text, toks, j, j + 1 + norms[j + 1:j + 5].index("ضد"))]
        # (rare: only the four words before one are looked at)
        reprisals = {k for j in adjs for k in range(max(0, j - 4), j)
                     if norms[k].lstrip("و") in _REPRISAL_INTEND or k in cands and _future(toks, k)}
        acts.extend((k, None) for k in reprisals)
        if not acts:
            return []
        acts.sort(key=lambda a: a[0])
        k, ev = acts[0]
        if announced and k > 0 and toks[k - 1].norm.lstrip("وف") in ("لن", "لا", "لم", "قد", "ربما"):
            return []
        groups = _groups(text, toks, st.ments)
        if ev is None and _future_stem(norms[k]) in self.lex.condthreat_subj:
            # "قال ترامب إن الأسد "سيدفع ثمنا باهظا""، "إن النظام السوري سيواجه عواقب وخيمة إذا أبرم اتفاقا": a
            # consequence its subject will suffer threatens that subject (named right after إن / أن), by the speaker;
            # with no such subject, read as any promised act ("إذا هاجمت إسرائيل فإنها ستدفع الثمن": the condition's)
            suffered = self._suffer_threat(doc, sents, st, k, pub, quotes, groups, announced)
            if suffered:
                return suffered
        t0 = toks[k].start
        if announced:
            sp = self._announcer(text, st, k, quotes, ev)
            if sp is None and ev is None and (k in reprisals or any(k < j <= k + 4 for j in adjs)):
                # "روسيا تعتزم اتخاذ إجراءات انتقامية"، "موسكو ستعد إجراءات انتقامية": the reprisal's own subject
                sj = next((g for g in groups if g["prep"] is None and (g["e"] == k or g["s"] == k + 1)
                           and len(g["ids"]) == 1 and not _civilians(g, self._dp)), None)
                sp = sj["ids"][0] if sj is not None else None
            if sp is None:
                return []
            actors = [sp]
        else:
            q = next((q for q in quotes if q["start"] <= t0 < q["end"] and q.get("speaker")), None)
            actors = [q["speaker"]] if q else []
            if not actors:
                sp = self._speaker_near(text, st, 0, k, None)[0]
                actors = [sp] if sp else []
        if announced:
            ev_recips = [r for r in ev["recipients"] if r not in actors] if ev is not None else []
            if not ev_recips:
                # "سترد على العقوبات الأمريكية"، "ستشن عمليات عسكرية ... ضد المقاتلين الأكراد": the target after على/ضد
                tg = next((g for g in groups if 0 < g["s"] - k <= 12 and (g["prep"] in ("على", "ضد") or g["prep"] is None and (
                    g["s"] - k <= 3 or any(toks[j].norm in ("علي", "ضد") for j in range(max(k + 1, g["s"] - 2), g["s"]))))
                           and not set(g["ids"]) & set(actors) and not _civilians(g, self._dp)
                           and not _full_stop_between(text, toks, k, g["s"])), None)
                if tg is None:
                    # "ستعمل على اتخاذ إجراءات انتقامية، ردا على العقوبات التي أعلنتها الإدارة الأمريكية": a reprisal
                    # threatens the author of the act it answers
                    tg = self._answered_author(text, toks, st, k, events, actors, groups)
                if tg is None:
                    return []
                ev_recips = tg["ids"]
            if not ev_recips:
                return []
            return [self._threat(doc, sents, st, k, pub, actors, ev_recips, ev, 0.55, typed=True)]
        if not actors and ev is not None:
            actors = list(ev["actors"])
        if not actors and _first_person(toks[k].norm, toks, k) and last_actor:
            actors = [last_actor]
        recips = []
        for c in conds:
            g = next((g for g in groups if 0 < g["s"] - c <= 4 and g["prep"] is None
                      and not set(g["ids"]) & set(actors)
                      and not (toks[g["s"]].norm.endswith(("ها", "هم")) and len(toks[g["s"]].norm) > 5)), None)
            # (not the speaker's own: "سترد في حال تعرض جنودها للخطر")
            if g is not None:
                recips = g["ids"]
                break
        if not recips and ev is not None:
            recips = [r for r in ev["recipients"] if r not in actors]
        if not actors or not recips or set(recips) <= set(actors):
            return []
        return [self._threat(doc, sents, st, k, pub, actors, recips, ev, 0.6)]

    def _suffer_threat(self, doc, sents, st, k, pub, quotes, groups, announced):
        """The THREATEN of a consequence the subject of the future verb at token k will suffer (condthreats.tsv "subj"):
        by the speaker of the quote or reported clause, against the party named right before the verb after إن / أن
        (a future particle and a quotation mark may stand between); none when that party is the speaker's own."""
        toks, text = st.toks, doc["text"]
        v = k - 1 if k > 0 and toks[k - 1].norm in _FUTURE_WORDS else k
        subj = next((g for g in groups if g["e"] == v and g["prep"] is None and g["s"] > 0
                     and toks[g["s"] - 1].norm in _THAT_WORDS), None)
        if subj is None or _civilians(subj, self._dp) or _full_stop_between(text, toks, subj["s"], k):
            return []
        sp = self._announcer(text, st, k, quotes, None)
        if sp is None and not announced:
            sp = self._speaker_near(text, st, 0, k, None)[0]
        if sp is None:
            # "وحذر الرئيس الإيراني حسن روحاني ... من أن ترامب سيندم إذا انسحب": the warner right after his verb
            w = next((j for j in range(subj["s"] - 1, -1, -1) if toks[j].norm.lstrip("و") in _WARN_VERBS), None)
            g = next((g for g in groups if w is not None and g["s"] == w + 1 and g["prep"] is None), None)
            sp = g["ids"][0] if g is not None and len(g["ids"]) == 1 else None
        if sp is None or sp in subj["ids"]:
            return []
        ents = self._dp.by_id
        own = (ents.get(sp) or {}).get("country")
        recips = [i for i in subj["ids"] if not (own and (ents.get(i) or {}).get("type") == "GPE"
                                                 and (ents.get(i) or {}).get("country") == own)]
        if not recips:
            return []
        th = self._threat(doc, sents, st, k, pub, [sp], recips, None, 0.6, typed=True)
        dt = th["date_text"]
        if dt and text.find(dt, toks[k].end, st.end) >= 0 and text.find(dt, st.start, toks[k].start) < 0:
            # "إن الأسد "سيدفع ثمنا باهظا" للهجوم الكيماوي الذي شهدته مدينة دوما مساء السبت": a day after the threat
            # dates the act it punishes, not the threat (told that day: the publication's)
            th["date"], th["date_text"], th["historical"] = (pub.isoformat() if pub else None), None, False
        return [th]

    def _answered_author(self, text, toks, st, k, events, actors, groups):
        """The author of the act a reprisal announced at token k answers (ردا على + the act noun, within ten words):
        the actors of that act's event in the sentence, else the nationality adjective right after the noun (ردا على
        العقوبات الأمريكية) or the subject of its relative clause (العقوبات التي أعلنتها الإدارة الأمريكية); a group
        with none of the speaker's parties, else None."""
        for j in range(k + 1, min(len(toks) - 2, k + 10)):
            if not (toks[j].norm.lstrip("و") in ("ردا", "رد") and toks[j + 1].norm == "علي"):
                continue
            if _full_stop_between(text, toks, k, j):
                return None
            t1 = toks[j + 1].end
            ev = next((e for e in events if e["_sent"] == st.i and e["trigger"]["start"] >= t1
                       and e["trigger"]["start"] - t1 < 60 and e["actors"] and not e["negated"]
                       and e["type"] in ("SANCTION", "COERCE", "ASSAULT", "ACCUSE", "THREATEN", "REJECT")), None)
            if ev is not None:
                g = {"ids": list(ev["actors"])}
            else:
                n = j + 2  # the act noun
                g = next((g for g in groups if g["s"] == n + 1 and g["prep"] is None
                          and all(self._nationality(toks, x) and x.country for x in g["m"])), None)
                # (its adjectives before the relative: "العقوبات الجديدة التي فرضتها واشنطن")
                r = next((r for r in range(n + 1, min(len(toks) - 2, n + 4)) if toks[r].norm in _RELATIVES), None)
                if g is None and r is not None and all(toks[i].norm[:2] == "ال" for i in range(n + 1, r)) \
                        and toks[r + 1].norm.endswith(("ها", "ه")):
                    g = next((g for g in groups if g["s"] == r + 2 and g["prep"] is None), None)
            if g is None or set(g["ids"]) & set(actors):
                return None
            return g
        return None

    def _threat(self, doc, sents, st, k, pub, actors, recips, ev, conf, typed=False):
        """The THREATEN event of a promised hostile act at token k (its mode and place those of the act, if built)."""
        text, toks = doc["text"], st.toks
        t0, t1 = toks[k].start, toks[k].end
        date, date_text, hist, _ = self._date(doc, sents, st, k, k + 1, t0, t1, pub, "THREATEN" if typed else None)
        th = {"id": "", "type": "THREATEN", "mode": ev["type"].lower() if ev is not None else None,
              "context": self._contexts(st, "THREATEN"), "actors": actors, "recipients": recips,
              "location": ev["location"] if ev else None, "date": date, "date_text": date_text, "negated": False,
              "hypothetical": False, "historical": hist, "sentence": text[st.start:st.end], "start": st.start,
              "end": st.end, "trigger": {"text": text[t0:t1], "start": t0, "end": t1}, "confidence": conf,
              "_sent": st.i}
        self._recent_events.append(th)
        return th

    def _idle_threat(self, doc, sents, st, events, quotes, pub):
        """"قال ترامب إن إدارته لن تقف مكتوفة الأيدي أمام احتجازه"، "لن تقف الحكومة المركزية مكتوفة الأيدي أمام أي
        تدخل عسكري تركي"، "إننا لن نقف مكتوفي الأيدي إذا أصرت المحكمة الدولية على قرارها": "will not stand idly by"
        is a THREATEN by the speaker (or the clause's own subject, when of another side than the speaker) against the
        party named after أمام / ضد / حيال / تجاه / إزاء (a nationality adjective of the act faced included), else the
        party of a condition right after it. None named: no event (أمام هذا الخطر)."""
        toks = st.toks
        n = len(toks)
        hit = next((k for k in range(n - 3) if toks[k].norm.lstrip("وف") == "لن" and toks[k + 1].norm in _IDLE_STAY
                    and any(toks[j].norm.startswith("مكتوف") and toks[j + 1].norm in _IDLE_HANDS
                            for j in range(k + 2, min(n - 1, k + 5)))), None)
        if hit is None or any(e["_sent"] == st.i and e["type"] == "THREATEN" for e in events):
            return []
        k = hit
        text = doc["text"]
        end = next(j for j in range(k + 2, min(n - 1, k + 5)) if toks[j].norm.startswith("مكتوف")) + 2
        groups = _groups(text, toks, st.ments)
        sp = self._announcer(text, st, k + 1, quotes, None)
        # the clause's own subject: right before لن (after إن / أن) or right after the verb (لن تقف الحكومة)
        sj = next((g for g in groups if g["prep"] is None and (g["e"] == k or g["s"] == k + 2 and g["e"] <= end - 2)
                   and not _civilians(g, self._dp)), None)
        actors = [sp] if sp is not None else []
        if sj is not None and (not actors or not set(sj["ids"]) & set(actors) and (cs := _countries(sj["ids"], self._dp))
                               and (ca := _countries(actors, self._dp)) and not cs & ca):
            actors = list(sj["ids"])  # (another side than the speaker: "قال إن المقاومة لن تقف مكتوفة الأيدي")
        if not actors:
            return []
        tg = None
        for g in groups:
            if g["s"] < end or g["s"] - end > 8 or set(g["ids"]) & set(actors) or _civilians(g, self._dp) \
                    or g["prep"] in ("في", "من", "عن", "الى", "إلى", "ل", "ب") \
                    or _full_stop_between(text, toks, end - 1, g["s"]) or _strong_between(text, toks, end - 1, g["s"]):
                continue
            if any(toks[j].norm.lstrip("وفب") in _IDLE_FACING for j in range(end, g["s"] + 1)) \
                    or any(toks[j].norm.lstrip("وف") in ("اذا", "حال") for j in range(end, min(g["s"], end + 3))):
                tg = g
            break
        if tg is None or set(tg["ids"]) <= set(actors):
            return []
        return [self._threat(doc, sents, st, k + 1, pub, actors, [i for i in tg["ids"] if i not in actors], None, 0.55,
                             typed=True)]

    def _announcer(self, text, st, k, quotes, ev):
        """Who announces the future act at token k as his own: the speaker of the quote or of the reported clause
        (قال إنه سي...، أعلن أن تركيا ستشن) when the act is his side's (or has no author named); else None (the
        narrator's schedule, another party's act)."""
        toks = st.toks
        t0 = toks[k].start
        q = next((q for q in quotes if q["start"] <= t0 < q["end"] and q.get("speaker")), None)
        sp = q["speaker"] if q else None
        if sp is None:
            sp, verb = self._speaker_near(text, st, 0, k, None)
            if not (verb is not None and (any(
                    toks[j].norm in ("ان", "انه", "انها", "انهم", "انهما", "اننا", "بان", "وان") for j in range(verb + 1, k))
                    or ":" in text[toks[verb].end:t0])):
                return None
        if sp is None:
            return None
        if ev is not None and ev["actors"] and sp not in ev["actors"]:
            own = {(self._dp.by_id.get(sp) or {}).get("country")} - {None}
            if not own or not own & {(self._dp.by_id.get(i) or {}).get("country") for i in ev["actors"]}:
                return None
        return sp

    def _announced_offers(self, doc, sents, st, events, quotes, pub):
        """"وقال الحزب الحاكم إنه سيجري محادثات دون شروط مسبقة مع قادة المعارضة"، "أعلن أن بلاده ستقدم مساعدات
        لليمن": a cooperative act its author announces for the future is a promise or offer (AGREE) to its partner.
        The act itself stays hypothetical."""
        if any(e["_sent"] == st.i and e["type"] == "AGREE" for e in events):
            return []
        toks = st.toks
        text = doc["text"]
        for ev in events:
            if ev["_sent"] != st.i or not ev["hypothetical"] or ev["negated"] or ev["type"] not in (
                    "CONSULT", "COOPERATE", "AID") or not ev["recipients"]:
                continue
            if ev["type"] == "CONSULT" and any(w in normalize(ev["trigger"]["text"]) for w in _DISCUSS_STEMS):
                continue  # "قالوا إن بومبيو سيناقش خلال محادثاته مع المسؤولين السعوديين سلوك إيران": an agenda told,
                # no offer of talks (سيجري محادثات، سيلتقي)
            k = next((k for k, t in enumerate(toks) if t.start == ev["trigger"]["start"]), None)
            if k is None or not (_future(toks, k) and toks[k - 1].norm not in ("لن",) or any(
                    _future_light(toks[j].norm) for j in range(max(0, k - 4), k))):
                continue
            if any(toks[j].norm.lstrip("وف") in ("اذا", "لو", "حال", "لن", "لا", "لم", "ربما", "قد") for j in range(max(0, k - 6), k)):
                continue  # a condition or a negation: no promise
            sp = self._announcer(text, st, k, quotes, ev)
            if sp is None:
                continue
            if ev["actors"] and sp not in ev["actors"] and (self._dp.by_id.get(sp) or {}).get("type") == "PERSON" \
                    and "Spokesperson" in ((self._dp.by_id.get(sp) or {}).get("roles") or ()) and all(
                    (self._dp.by_id.get(a) or {}).get("type") == "PERSON" for a in ev["actors"]):
                sp = ev["actors"][0]  # "قال ديمتري بيسكوف، المتحدث باسم الكرملين، إن الرئيس الروسي فلاديمير بوتين سيجتمع
                # مع الرئيس السوداني": another person's meeting a spokesman announces is that person's offer (session 21)
            recips = [r for r in ev["recipients"] if r != sp]
            if not recips or self._same_state([sp], recips):
                continue
            ke = next((j + 1 for j, t in enumerate(toks) if t.end == ev["trigger"]["end"]), k + 1)
            g = next((g for g in _groups(text, toks, st.ments) if set(g["ids"]) & set(recips)), None)
            if g is None or not 0 <= g["s"] - ke <= 6 or g["prep"] not in ("مع", "ل") and not (
                    g["prep"] is None and (g["s"] - ke <= 1 or g["s"] >= 2 and toks[g["s"] - 2].norm in ("مع", "ومع"))) \
                    or g["prep"] == "ل" and ev["type"] != "AID":
                continue  # the partner is named with the act ("محادثات مع قادة المعارضة"، "سيلتقي بوتين"), not a topic
                # ("سنبحث التطورات ... بعد إعلان الرئيس ترامب")
            t0, t1 = ev["trigger"]["start"], ev["trigger"]["end"]
            date, date_text, hist, _ = self._date(doc, sents, st, k, k + 1, t0, t1, pub, "AGREE")
            ag = {"id": "", "type": "AGREE", "mode": "offer", "context": self._contexts(st, "AGREE"),
                  "actors": [sp], "recipients": recips, "location": ev["location"],
                  "date": date, "date_text": date_text, "negated": False, "hypothetical": False, "historical": hist,
                  "sentence": text[st.start:st.end], "start": st.start, "end": st.end,
                  "trigger": {"text": text[t0:t1], "start": t0, "end": t1}, "confidence": 0.55, "_sent": st.i}
            self._recent_events.append(ag)
            return [ag]
        return []

    def _blame(self, doc, sents, st, events, quotes, pub):
        """"وأكد أن الولايات المتحدة دأبت على انتهاك الاتفاق"، "قال إن إيران تزعزع استقرار المنطقة"، "تدخلات إيران
        في شؤون الدول": a speaker who says that another party violates, destabilises or is responsible accuses it
        (ACCUSE, allege), with no verb of accusing. Only in a quote or reported speech with a known speaker."""
        told = [e for e in events if e["_sent"] == st.i and e["type"] in ("ACCUSE", "REJECT")]
        if any(e["type"] == "ACCUSE" for e in told):
            return []
        # a REJECT of this sentence leaves it to its own reading, unless the refusal is the blamed act itself ("أكد أن
        # الحوثيين رفضوا كل فرص السلام": the refusal told in someone's reported clause is held against the refuser)
        refused = {e["trigger"]["start"] for e in told}
        toks = st.toks
        text = doc["text"]
        groups = None
        for m in self.lex.blame.find_all(toks) + _blame_mid(toks) + _blame_mid_data(toks, self.lex.implicit.mid):
            k, ke, slot = m[0], m[1], m[2]
            wd = slot == "wsubj"  # a generated form of data/wrongdoing.tsv (s23accuse): subj, its subject read strictly
            if wd:
                slot = "subj"
            t0, t1 = toks[k].start, toks[ke - 1].end
            if told and t0 not in refused:
                continue
            w = toks[k].norm.lstrip("وف")
            if slot == "subj" and any(toks[j].norm.lstrip("و") in _REFUSED_CLAIM for j in range(ke, min(len(toks), ke + 2))):
                continue  # "قال إن إيران رفضت الاتهامات": a denial reported, not a wrong
            if slot == "subj" and w.startswith(("ال", "بال", "لل")) and not w.startswith(("المسوول", "المسوولين")) \
                    or k > 0 and toks[k - 1].norm.lstrip("وف") in ("لم", "لا", "لن", "ما", "ليس", "ليست", "غير", "عدم"):
                continue  # "لتحقيق الخرق المطلوب" (a breakthrough); "ولم تعرقل برنامج الصواريخ" (a denial)
            if any(toks[j].norm.lstrip("وفبل") in _BLAME_HEDGE for j in range(max(0, k - 4), k)) \
                    or w.lstrip("بل").startswith("المسوول") and ke < len(toks) and toks[ke].norm.lstrip("وبل") in _IN_CHARGE_OF:
                continue  # "مزاعم التدخل الروسي"، "التحقيق بشأن تدخل روسيا"، "وسط شكوك بأن روسيا تدخلت": what others allege
                # or investigate, not the speaker's charge; "المسؤول عن التحقيق": in charge of it
            if w.endswith(("امر", "اوامر")) and not any(
                    _harm_word(toks[j].norm.lstrip("وف")) or toks[j].norm.lstrip("وفبل") in _ATTACK_NOUNS_B
                    for j in range(max(0, k - 12), k) if not _full_stop_between(text, toks, j, k)):
                continue  # an order is blamed only behind a killing or an attack (قتل بأوامر من حكومة كوريا الشمالية);
                # "الإفراج تم بأمر من الرئيس"، "مداهمات بأمر من قاض" name who ordered, no accusation
            own = _blame_owner_suffix(toks[k]) if slot in ("gen", "own") and not w.lstrip("بل").startswith(
                ("مسوولي", "تورط", "اوامر")) else None  # (مسؤوليتها: a claim or a duty; تورطها: mostly a suspicion or a
            # denial; "تلقى أوامره من المخابرات السورية": the one who gave the orders, after من, not the one who took them)
            if slot == "own" and own is None:
                continue  # "دعمها للإرهاب": only with the pronoun of a party named before
            if own is not None and ke - k == 1 and (k > 0 and toks[k - 1].norm.lstrip("وف") in ("يتم", "تم", "جري", "يجري")
                                                    or toks[k].norm.lstrip("وفبل")[:-len(own)] in ("انتهاك", "خرق") and not (
                    ke < len(toks) and toks[ke].norm.startswith("ل"))):
                continue  # "يتم انتهاكه يوميا"، "الاتفاق ... وخرقه": the pronoun is what is violated, not who violates
                # ("انتهاكها للقانون الدولي" names the violator)
            if own is not None and any(toks[j].norm.lstrip("وف") in _BLAME_DENY for j in range(max(0, k - 3), k)):
                continue  # "نفت تورطها"، "أنكرت دعمها للإرهاب": a denial
            q = next((q for q in quotes if q["start"] <= t0 < q["end"] and q.get("speaker")), None)
            speaker = q["speaker"] if q else None
            c0 = next((j for j in range(k + 1) if toks[j].start >= q["start"]), k) if q else None
            host = None  # a sanction whose cause the blamed form gives (_blame_reason)
            if q is not None and c0 > 0:
                # a quote that goes on a reported clause ("وأشارت الرياض إلى أن إيران استغلت ... في "أنشطتها المزعزعة"):
                # the clause opens at its إن/أن, where the party the pronoun refers to may stand
                c0 = next((j for j in range(c0 - 1, max(-1, c0 - 25), -1) if toks[j].norm in _COMPLEMENTIZERS
                           and not _full_stop_between(text, toks, j + 1, c0)), c0)
            if speaker is None:
                sp, verb = self._speaker_near(text, st, 0, k, None, self.lex.implicit.say, 24)
                comp = None if verb is None else next(  # (the innermost clause: "أضاف البيان أن المدعية تشتبه في أن")
                    (j for j in range(k - 1, verb, -1) if toks[j].norm in _COMPLEMENTIZERS), None)
                if sp is None or verb is None or not (comp is not None or ":" in text[toks[verb].end:t0]):
                    host = self._blame_reason(text, st, k, events) if slot != "subj" else None
                    if host is not None:
                        speaker = host["actors"][0]
                        c0 = next((j for j, t in enumerate(toks) if t.start >= host["trigger"]["start"]), k)
                    elif (hs := self._headline_speaker(text, st, k)) is not None:
                        speaker, c0 = hs  # "أميركا: الحرس الثوري يتحمل مسؤولية تصرفاته المتهورة"
                    else:
                        continue  # no reported clause: the narrator's own wording, not someone's accusation
                else:
                    speaker = sp
                    c0 = comp if comp is not None else verb + 1
            if groups is None:
                groups = _free_groups(text, toks, st)
            if q is None and host is None and not any(speaker in g["ids"] for g in groups if g["s"] < c0):
                # the speaker found inside the clause it utters ("لكن الولايات المتحدة قالت إن إيران تتحمل"): the one
                # named right before the verb speaks (SVO), else no one known
                g = next((g for g in groups[::-1] if g["e"] <= verb and verb - g["e"] <= 1 and g["prep"] is None
                          and not _strong_between(text, toks, g["e"], verb)), None)
                if g is None or len(g["ids"]) != 1:
                    continue
                speaker = g["ids"][0]
            acc = None
            if own is not None or slot == "act":
                # the party named before in the reported clause: the owner of the pronoun (قطعت علاقاتها مع قطر بسبب
                # دعمها للإرهاب), or the doer named in the act that is judged (الإجراءات التي اتخذتها الولايات المتحدة
                # تتعارض مع القانون الدولي: a subject, its genitive, a demonym, the subject of its relative clause)
                for g in groups[::-1]:
                    if g["e"] > k or g["s"] < c0 or _full_stop_between(text, toks, g["e"], k) \
                            or all(x.kind in ("LOC", "FAC") for x in g["m"]):
                        continue  # (a place does no wrong: "سبب المشكلات في الشرق الأوسط، محذرا من التغاضي عن ممارساته")
                    if own is not None and len(g["m"]) == 1 and _blame_gender(text, g["m"][0]) not in (
                            None, "f" if own == "ها" else "m" if own == "ه" else None):
                        continue  # "تستخدم روسيا نفوذها لإيقاف انتهاكاته": ه is no state named in the feminine
                    if own is not None and all((self._dp.by_id.get(i) or {}).get("status") == "nominal"
                                               and not (self._dp.by_id.get(i) or {}).get("country") for i in g["ids"]):
                        continue  # "تنسيق السلطات ... فضلا عن انتهاكها": no pronoun's owner with no country
                    if slot == "act" and (g["prep"] is not None or k - g["e"] > 1 and not _act_pp_between(
                            text, toks, groups, g["e"], k) or g["s"] > 0 and toks[g["s"] - 1].norm in (
                            "جنوب", "شمال", "شرق", "غرب", "وسط", "مدينه", "منطقه", "محافظه", "ولايه")):
                        continue  # "العقوبات على إيران تتعارض مع": the party hit is not the doer; the doer closes the
                        # phrase of the act right before the predicate ("أرادوا غزو العراق، لكن التفتيش كان يتعارض")
                    if g["prep"] == "ل" and g["s"] > 0 and toks[g["s"] - 1].norm.startswith("ال"):
                        continue  # "إسرائيل تبقى التهديد الرئيسي للبنان، وانتهاكاتها": a noun's complement
                    if slot == "act" and g["s"] > 0 and (toks[g["s"] - 1].norm in self.lex.speech
                                                         or toks[g["s"] - 1].norm[1:] in self.lex.speech):
                        break  # "وذكرت حكومة المكسيك أنه غير مقبول": the subject of a verb of saying speaks, does no act
                    if slot == "act" and any(toks[j].norm in _ACT_PP for j in range(max(0, g["s"] - 2), g["s"])):
                        continue  # "الإجراءات التي اتخذتها الولايات المتحدة بشأن القس برنسون لا تليق": what the act is
                        # about, not its doer
                    acc = g
                    break
            elif slot == "mid":  # "دعم قطر للإرهاب": the genitive between the noun and its object
                acc = next((g for g in groups if g["s"] == k + 1 and g["prep"] is None and g["e"] == m[3]), None)
            elif wd:
                acc = _wrongdoer(text, toks, groups, k)
            elif slot == "subj":
                acc = next((g for g in groups[::-1] if g["e"] <= k and k - g["e"] <= 1 and g["prep"] is None
                            and not _strong_between(text, toks, g["e"], k)
                            and text[toks[g["e"] - 1].end:toks[k].start].strip() not in ("،", ",")), None)
                # (a comma closes the phrase before it: "بيد ميليشيات لا تلتزم بالمبادئ الإنسانية، يشكل خطرا": the
                # subject is the whole phrase, no party)
                if acc is not None and toks[k].text[:1] == "و" and _civilians(acc, self._dp):
                    acc = None  # "إن حكومة إيران لا تخدم مصالح شعبها وتدعم الإرهاب": the people before و close the
                    # first predicate's object; the coordinated one has the clause's subject (below; s22accuse)
                if acc is None:  # "أن النظام السوري هو من يقف خلف الهجوم"، "إيران هي التي تقف وراء"
                    acc = next((g for g in groups[::-1] if g["e"] < k and k - g["e"] <= 2 and g["prep"] is None
                                and all(toks[j].norm in _BLAME_COPULA for j in range(g["e"], k))), None)
                if acc is None and toks[k].norm.lstrip("وف")[:1] in "يت" and ke - k == 1:
                    # VSO; after a form of several words (تهدد أمن اليمن) the party is the object's genitive
                    acc = next((g for g in groups if g["s"] == ke and g["prep"] is None), None)
                if acc is None and toks[k].text[:1] == "و" and c0 is not None and not any(
                        g["s"] == ke and g["prep"] is None for g in groups):  # ("ورفض المسؤول الإفصاح": its own subject)
                    # a predicate coordinated with the clause's first one: its subject ("إيران قدمت عهودا في السابق
                    # وخرقت هذه التعهدات"، "إن روسيا متواطئة أخلاقيا ومسؤولة عن فظائع نظام الأسد")
                    acc = next((g for g in groups if g["s"] in (c0, c0 + 1) and g["s"] < k and g["prep"] is None
                                and not _full_stop_between(text, toks, g["e"], k)), None)
            else:
                acc = next((g for g in groups if g["s"] == ke and (g["prep"] in (None, "ل") or g["prep"] == "من"
                                                                   and toks[ke - 1].norm == "من")  # بأوامر من
                            or g["s"] == ke + 1 and g["prep"] is None and toks[ke].norm.startswith("ال")
                            and all(self._nationality(toks, x) for x in g["m"])), None)
                if acc is None and slot == "gen" and ke + 1 < len(toks) and toks[ke].norm in _GEN_CHAIN:
                    # "يثبت استمرار تورط دعم النظام الإيراني للجماعة الحوثية": the party is the genitive of the verbal
                    # noun that the blamed noun governs
                    acc = next((g for g in groups if g["s"] == ke + 1 and g["prep"] is None), None)
                if acc is None and slot == "gen":
                    acc = _accuse.relative_doer(text, toks, groups, ke)  # "المجزرة التي ارتكبتها قوات الاحتلال"
            if acc is None or speaker in acc["ids"] or _civilians(acc, self._dp) or _media_only(acc, self._dp):
                continue
            if all(x.kind in ("LOC", "FAC") for x in acc["m"]) or all(
                    self._unnamed(i) and not (self._dp.by_id.get(i) or {}).get("country") for i in acc["ids"]):
                continue  # "التغاضي عن ممارساته" read back to الشرق الأوسط: a place does no wrong; "ممارسات الإرهابيين"،
                # "قتلت 6 إرهابيين كانوا وراء تفجير": a party the text does not name
            if _blame_owner_suffix(toks[acc["s"]]) is not None and all(self._unnamed(i) for i in acc["ids"]):
                continue  # "قالت وزارة الدفاع المالية إن بعض جنودها متورطون في انتهاكات": the speaker's own men
            actors, recips = [speaker], [i for i in acc["ids"] if i != speaker]
            if host is None:
                # joint speakers ("وشدد الملك سلمان والملك محمد السادس على ..."): every party of the speaker's phrase
                sg = next((g for g in groups if speaker in g["ids"] and g["prep"] is None and g["e"] <= c0), None)
                if sg is not None and len(sg["ids"]) > 1 and not set(sg["ids"]) & set(recips):
                    actors = list(sg["ids"])
            if not recips or self._same_state(actors, recips):
                continue
            negated, hyp, hist = self._factuality(st, k, ke)
            if hyp and slot in ("gen", "own", "mid") and not any(
                    toks[j].norm in _BLAME_CONDITIONAL for j in range(max(0, k - 8), k)):
                hyp = False  # a wrongdoing named by a noun is asserted under a demand or a purpose ("ضرورة توحيد الجهود
                # لمواجهة النزعة العدوانية للنظام الإيراني"), not under a condition ("إذا ثبت تورط")
            if host is not None:
                hist = hist or host["historical"]
            date, date_text, dhist, _ = self._date(doc, sents, st, k, ke, t0, t1, pub, "ACCUSE")
            ev = {"id": "", "type": "ACCUSE", "mode": "allege", "context": self._contexts(st, "ACCUSE"),
                  "actors": actors, "recipients": recips, "location": None,
                  "date": date, "date_text": date_text, "negated": negated, "hypothetical": hyp,
                  "historical": hist or dhist, "sentence": text[st.start:st.end], "start": st.start, "end": st.end,
                  "trigger": {"text": text[t0:t1], "start": t0, "end": t1}, "confidence": 0.55, "_sent": st.i,
                  "_implicit": True}
            self._recent_events.append(ev)
            return [ev]
        return []

    def _named_body(self, i) -> bool:
        """One of the coder's own generic parties that is a body of one state ("النقابات الجزائرية": ORG LAB DZA), not a
        crowd nor a person (s21freshaccuse: a displeasure of a country's unions, parties or authorities stands)."""
        e = self._dp.by_id.get(i) or {}
        return i.startswith("ev-p") and e.get("type") == "ORG" and e.get("sector") not in (None, "CVL") \
            and bool(e.get("country"))

    def _unnamed(self, i) -> bool:
        """A party the text only describes (جنودها، إرهابيين، محكمة): a nominal entity or one of the coder's own generic
        parties."""
        return i.startswith("ev-p") or (self._dp.by_id.get(i) or {}).get("status") == "nominal"

    def _blame_reason(self, text, st, k, events):
        """"قطعت علاقاتها مع قطر بسبب دعمها للإرهاب"، "فرضت عقوبات على روسيا ردا على تدخلها في الانتخابات": the
        sanction, break of relations or summons of this sentence whose cause (بسبب، على خلفية، ردا على: the reason
        rows of data/implicit_blame.tsv) is the wrongdoing named at token k, told as done, not as background; else
        None."""
        toks = st.toks
        rs = self.lex.implicit.reason
        j = next((j for j in range(max(0, k - 3), k) if (r := rs.longest_at(toks, j)) is not None and r[0] == k), None)
        if j is None:
            return None
        return next((e for e in events[::-1] if e["_sent"] == st.i and e["type"] == "SANCTION" and e["actors"]
                     and e["recipients"] and not (e["negated"] or e["hypothetical"] or e["historical"] or e.get("_veto"))
                     and e["trigger"]["end"] <= toks[j].start
                     and not _FULLSTOP.search(text, e["trigger"]["end"], toks[j].start)), None)

    def _punished_act(self, doc, sents, st, events, pub):
        """"فرضت واشنطن عقوبات جديدة على روسيا بسبب دعمها للرئيس الأسد"، "عقوبات على تركيا بسبب احتجازها للقس"، "فرض
        عقوبات على إيران ردا على سلوكها الخبيث": the act a sanction punishes, named by a verbal noun whose pronoun is
        the sanctioned party, is held against it: ACCUSE (allege) from the sanctioning party to the sanctioned one. Not
        a counter-measure (ردا على قرارها طرد، ردا على العقوبات) nor a cause with no doer (بسبب أزمة اللاجئين)."""
        hosts = [e for e in events if e["_sent"] == st.i and e["type"] == "SANCTION"]
        if not hosts or any(e["_sent"] == st.i and e["type"] == "ACCUSE" for e in events):
            return []
        toks, text = st.toks, doc["text"]
        for m in self.lex.implicit.reason.find_all(toks):
            k = m.end_tok
            if k >= len(toks) or not _FULLSTOP.search(text, toks[m.start_tok].start, toks[k].start) is None:
                continue
            own = _blame_owner_suffix(toks[k])
            w = toks[k].norm.lstrip("وفبل")
            if own is None or w[:-len(own)].rstrip("ت") in _COUNTER_MEASURES or w[:-len(own)] in _COUNTER_MEASURES \
                    or toks[k].norm in _COMPLEMENTIZERS or w.startswith(("ان", "لان")):
                continue
            host = self._blame_reason(text, st, k, events)
            if host is None:
                continue
            # the pronoun's owner: the party named last between the sanction and its cause, not its author ("عرضت
            # بريطانيا فرض عقوبات جديدة من الاتحاد الأوروبي على إيران بسبب برنامجها": إيران)
            h0 = next((j for j, t in enumerate(toks) if t.start >= host["trigger"]["start"]), k)
            g = next((g for g in _groups(text, toks, st.ments)[::-1] if h0 <= g["s"] and g["e"] <= m.start_tok
                      and not set(g["ids"]) & set(host["actors"]) and not all(x.kind in ("LOC", "FAC") for x in g["m"])),
                     None)
            if g is not None and not (set(g["ids"]) & set(host["recipients"]) or g["prep"] in ("على", "علي", "ضد", "مع")):
                continue  # the owner is the party sanctioned
            if g is not None and all(self._unnamed(i) and not (self._dp.by_id.get(i) or {}).get("country") for i in g["ids"]):
                continue  # "عاقبت الشرطة امرأة بعد أن أدانتها محكمة بسبب زواجها": no party the text names
            if g is None or len(g["m"]) == 1 and _blame_gender(text, g["m"][0]) not in (
                    None, "f" if own == "ها" else "m" if own == "ه" else None):
                continue  # "فرضت عقوبات على روسيا بسبب احتجازه": the pronoun is someone else
            actors = list(host["actors"])
            recips = [i for i in g["ids"] if i not in actors]
            if not recips or self._same_state(actors, recips):
                continue
            t0, t1 = toks[k].start, toks[k].end
            date, date_text, dhist, _ = self._date(doc, sents, st, k, k + 1, t0, t1, pub, "ACCUSE")
            ev = {"id": "", "type": "ACCUSE", "mode": "allege", "context": self._contexts(st, "ACCUSE"),
                  "actors": actors, "recipients": recips, "location": None,
                  "date": date, "date_text": date_text, "negated": False, "hypothetical": False,
                  "historical": host["historical"] or dhist, "sentence": text[st.start:st.end], "start": st.start,
                  "end": st.end, "trigger": {"text": text[t0:t1], "start": t0, "end": t1}, "confidence": 0.5,
                  "_sent": st.i, "_implicit": True}
            self._recent_events.append(ev)
            return [ev]
        return []

    def _attacker_after(self, text, toks, groups, vic):
        """The author of the attack noun that follows the victims (مقتل 5 جنود في هجوم لطالبان، قتل 12 شخصا في اشتباكات
        مع قوات الأمن، شنته X, a nationality): its group, else None."""
        n = len(toks)
        att = None
        for k2 in range(vic["e"], min(n, vic["e"] + 8)):
            if _full_stop_between(text, toks, vic["e"], k2):
                break
            w = toks[k2].norm
            r = readings(w)
            is_attack = any(x in _ATTACK_NOUNS for x in r)
            if not is_attack:
                continue
            if not (w[:1] == "ب" or toks[k2 - 1].norm in ("في", "خلال", "اثر", "جراء", "بعد", "اثناء")):
                break
            j = k2 + 1
            while j < n and j - k2 <= 2 and not any(g["s"] == j for g in groups) and toks[j].norm not in _LAUNCHED \
                    and toks[j].norm not in ("مع", "ل"):
                j += 1
            if j < n and toks[j].norm in _LAUNCHED:
                att = next((g for g in groups if j < g["s"] <= j + 4 and g["prep"] is None), None)
            elif j < n and toks[j].norm == "مع":
                att = next((g for g in groups if g["s"] == j + 1 and g["prep"] in ("مع", None)), None)
            else:
                g = next((g for g in groups if g["s"] == j), None)
                if g is not None and not _sourced(toks, g["s"]) and (g["prep"] in ("ل", "مع") or g["prep"] is None and all(
                        self._nationality(toks, x) for x in g["m"])):
                    att = g
            break
        return att

    def _nominal_frame(self, text, toks, st, groups, ts, te, typ, actors, recips):
        """Events named by a noun, without a verb: (actors, recipients) where the noun phrase names them, else None.

        * "مقتل 5 جنود أفغان في هجوم لحركة طالبان"، "مقتل قيادي في حزب الله بغارة إسرائيلية"، "سقوط قتلى وجرحى في صفوف
          الحوثيين في مواجهات مع الجيش": a harm noun names the victims (its genitive, في صفوف X); the attack noun after
          في/بـ/جراء names the attacker (لـX, a nationality, شنته X, مواجهات مع X);
        * "إطلاق جماعة الحوثي لصواريخ صوب السعودية": launching: the genitive fires, صوب/على/باتجاه X is hit;
        * "غارات إسرائيلية على مواقع لحماس": the owner of the positions hit is the target;
        * "تظاهرة احتجاجية للمعارضة"، "تعزيزات عسكرية للجيش التركي": the owner (لـX) of a protest or deployment acts."""
        n = len(toks)

        def grp_at(k, preps=(None,)):
            return next((g for g in groups if g["s"] == k and g["prep"] in preps), None)

        if typ == "ASSAULT" and _harm_noun(toks[ts].norm):
            # victims
            k = te
            while k < n and k - te < 4 and (toks[k].norm.isdigit() or toks[k].norm.lstrip("و") in _HARM_NOUNS
                                            or toks[k].norm in QUANT or toks[k].norm in ("من", "وجرحي", "واصابه")):
                k += 1
            vic = grp_at(k, (None, "من"))
            if vic is None:
                # "بمقتل ثلاثة جنود"، "لمقتل صالح علي الصماد" (the entity stage holding "الصماد" only): a number word or
                # one or two given names before the victims' group
                kb = _parties_kb()
                j = k
                while j < n and j - k < 2 and (toks[j].norm in _CARDINALS or toks[j].norm in kb.given) \
                        and not _strong_between(text, toks, j, j + 1):
                    j += 1
                g = grp_at(j, (None, "على") if j - k == 2 and toks[j - 1].norm == "علي" else (None,)) if j > k else None
                # (the name علي read as the preposition على: "صالح علي الصماد")
                if g is not None and (toks[k].norm in _CARDINALS) == (toks[j - 1].norm in _CARDINALS) and (
                        toks[k].norm in _CARDINALS or all(x.kind == "PERSON" for x in g["m"])):
                    vic = g
            if vic is None and k + 1 < n and toks[k].norm in ("في",) and toks[k + 1].norm in ("صفوف",):
                vic = grp_at(k + 2, (None,))
            if vic is None and k + 1 < n and toks[k].norm.lstrip("ال") in _MEMBER_NOUNS:
                vic = grp_at(k + 1, ("في", "من", None)) or grp_at(k + 2, ("في", "من"))
            if vic is None:
                return None
            att = self._attacker_after(text, toks, groups, vic)
            if att is None or set(att["ids"]) & set(vic["ids"]):
                return None
            return att["ids"], vic["ids"]
        if typ == "ASSAULT" and ts > 0 and any(r in _MISSILES for r in readings(toks[ts].norm)):
            # "إطلاق جماعة الحوثي لصواريخ صوب السعودية"، "أطلق الحوثيون صاروخا باتجاه جازان": who fires, what is aimed at
            ln = next((k for k in range(ts - 1, max(-1, ts - 6), -1) if any(
                r in ("اطلاق", "اطلق", "اطلقت", "اطلقوا", "يطلق", "تطلق", "يطلقون") for r in readings(toks[k].norm))), None)
            if ln is not None and not _strong_between(text, toks, ln + 1, ts):
                by = next((g for g in groups if ln < g["s"] and g["e"] <= ts and g["prep"] is None), None)
                tg = next((g for g in groups if 0 <= g["s"] - te <= 6 and (g["prep"] in ("على", "نحو", "تجاه", "إلى")
                                                                        or toks[g["s"] - 1].norm in ("صوب", "باتجاه"))
                           and not _full_stop_between(text, toks, te, g["s"])), None)
                a = by["ids"] if by is not None else actors
                r = [i for i in tg["ids"] if i not in a] if tg is not None else recips
                if a and r:
                    return a, r
        if typ == "ASSAULT" and actors and not recips:
            # "غارات إسرائيلية على مواقع لحماس": the owner of what is hit
            for k in range(te, min(n, te + 6)):
                if toks[k].norm in ("علي", "ضد", "صوب", "باتجاه", "نحو") and k + 2 < n \
                        and toks[k + 1].norm.removeprefix("ال") in _TARGET_NOUNS:
                    g = grp_at(k + 2, ("ل",))
                    if g is not None and not set(g["ids"]) & set(actors):
                        return actors, g["ids"]
            return None
        w = toks[ts].norm.lstrip("وف")
        if typ in ("PROTEST", "MOBILIZE") and w not in VERB_FORMS and (
                _is_noun(w) or w.endswith("ات") or toks[ts].text.endswith("ة")):
            # the owner of a protest or of a deployment (لـX right after the noun and its adjectives: تعزيزات عسكرية
            # للميليشيات، تظاهرة احتجاجية للمعارضة) is its author, whoever else the sentence names
            g = next((g for g in groups if te <= g["s"] <= te + 2 and g["prep"] == "ل"
                      and not any(te <= h["s"] < g["s"] for h in groups)), None)
            if g is None or any(x.kind in ("GPE", "LOC", "FAC") and not x.sector for x in g["m"]):
                return None  # "مسيرة لساحة التحرير", "تعزيزات لدرعا": a destination
            recips = [r for r in recips if r not in g["ids"]]
            if not recips and typ == "PROTEST":
                # the purpose after it: للمطالبة برحيل الرئيس، تنديدا بـ، احتجاجا على
                for m2 in st.trigs:
                    if m2.start_tok >= g["e"] and m2.value.type in ("ACCUSE", "REJECT", "REQUEST") \
                            and not _full_stop_between(text, toks, te, m2.start_tok):
                        h = next((h for h in groups if 0 <= h["s"] - m2.end_tok <= 3 and h["prep"] in (None, "ب", "على", "ل")
                                  and not set(h["ids"]) & set(g["ids"])), None)
                        if h is not None:
                            recips = h["ids"]
                        break
            return g["ids"], recips
        return None

    def _headline_pair(self, text, toks, groups, ts):
        """A headline "A لـB: ..." (بكين لواشنطن:، روسيا لترامب:): A speaks to B in what follows the colon. (speaker
        ids, addressee ids) when the trigger at ts follows such an opening, else None; a medium (لـCNN) is no addressee."""
        a = next((g for g in groups if g["s"] == 0 and g["prep"] is None), None)
        b = next((g for g in groups if a is not None and g["s"] == a["e"] and g["prep"] == "ل"), None)
        if b is None or b["e"] > ts or ":" not in text[toks[b["e"] - 1].end:toks[b["e"]].start if b["e"] < len(toks) else None] \
                or _media_only(b, self._dp) or _media_only(a, self._dp):
            return None
        return list(a["ids"]), list(b["ids"])

    def _replied_words(self, text, toks, groups, ts, te):
        """"رد الرئيس السوري، بشار الأسد، على الرئيس الأمريكي، دونالد ترامب، ووصف الأخير له بـ"الأسد الحيوان" قائلا"،
        "وكان قرقاش قد ردّ الأحد على تصريحات أحمد الميسري"، "بشار الأسد يرد على وصف ترامب له": a verb of replying
        (not the noun: ردا على، في رد على، رد فعل) whose على-object is someone's words (a statement, a description, a
        tweet: the owner right after the noun or its nationality adjective) or a named party answered in words (a
        word of saying later in the clause): the group of the one answered, else None. A reply to an accusation or a
        claim is its denial (accuse.replied_to), a reply to an attack or fire is military: no reading."""
        n = len(toks)
        if toks[ts].norm.lstrip("وف") not in _REPLY_FORMS:
            return None  # (الرد، للرد، ردا على، ردها: a noun or a pronoun form)
        if ts > 0 and toks[ts - 1].norm in _REPLY_NOT_VERB:
            return None  # ("في رد على"، "بعد رد")
        if te < n and toks[te].norm.startswith(("فعل", "الفعل")):
            return None  # (رد فعل: a reaction)
        k = next((k for k in range(te, min(n, te + 9)) if toks[k].norm == "علي"), None)
        if k is None or k + 1 >= n or re.search(r"[.؛;:!?؟\n]", text[toks[te - 1].end:toks[k].start]):
            return None
        w = toks[k + 1].norm
        if w in _REPLY_WORDS:
            own = next((g for g in groups if g["prep"] is None and g["s"] in (k + 2, k + 3) and not _STRONG.search(
                text, toks[k + 1].end, toks[g["s"]].start)), None)
            if own is None and k + 3 < n and toks[k + 2].norm in _RELATIVES:
                # "على التصريحات التي أدلى بها عادل الجبير"، "على التغريدة التي نشرها ترامب": the subject of the
                # relative clause right after its verb (and its بها) owns the words answered
                own = next((g for g in groups if g["prep"] is None and g["s"] in (k + 4, k + 5) and (
                    g["s"] == k + 4 or toks[k + 4].norm in ("بها", "به", "بهما")) and not _STRONG.search(
                    text, toks[k + 1].end, toks[g["s"]].start)), None)
            return own
        titled = _title_word(toks[k + 1].norm)

        def answered(g):  # the party right after على, or after its title and nationality (الرئيس الأمريكي، دونالد ترامب)
            if g["prep"] not in (None, "على") or not k < g["s"] <= k + 4:
                return False
            start = g["s"]
            return start == k + 1 or titled and all(_title_word(toks[j].norm) or toks[j].norm.startswith("ال") and toks[
                j].norm.endswith(("ي", "يه")) for j in range(k + 2, start))
        g = next((g for g in groups if answered(g)), None)
        # (the one answered after his title: "على الرئيس الأمريكي، دونالد ترامب،")
        if g is None or any((self._dp.by_id.get(i) or {}).get("sector") in ("MIL", "REB", "COP") for i in g["ids"]):
            return None
        end = next((j for j in range(g["e"], n) if re.search(r"[.؛;!?؟\n]", text[toks[j - 1].end:toks[j].start])), n)
        if any(toks[j].norm.lstrip("و") in _REPLY_SAYING for j in range(g["e"], min(end, g["e"] + 16))):
            return g  # ("رد ... على الرئيس الأمريكي، دونالد ترامب، ووصف الأخير له ... قائلا إن")
        return None

    def _own_envoy(self, toks, groups, ts, te) -> bool:
        """Is the ambassador named after a summoning verb the state's own (سفيرها; السفير + a name with no foreign
        demonym; one of the summoner's own nationality; one called back for consultations) and not one accredited to
        the summoner (لديها)? _recalled_from then finds where he served."""
        n = len(toks)
        k, own = _envoy_at(toks, te)
        if k is None:
            return False
        if own:
            return True
        nxt = next((g for g in groups if g["s"] in (k, k + 1)), None)
        for j in range(k + 1, min(n, k + 14)):
            wj = toks[j].norm.lstrip("و")
            if wj == "لدي":
                break  # (لدى + a place: where he serves, "استدعاء السفير الإسرائيلي لدى بولندا"; read below)
            if wj in ("لديها", "لديه", "لدينا", "لديهم"):
                return False  # "استدعت إيطاليا سفير فرنسا لديها لإجراء مشاورات"، "استدعت بريطانيا، الأربعاء، السفير
                # الروسي لديها" (after "بين لندن وموسكو"): accredited to the summoner, foreign whatever state the
                # sentence named before
            if "تشاور" in wj or "مشاورات" in wj or "استشار" in wj:
                return True  # "واستدعت الرياض كذلك سفيرها من كندا للتشاور"، "استدعاء سفير الاتحاد الأوروبي في روسيا إلى
                # بروكسل للاستشارات": recalled for consultations
        h = self.lex.gaz.longest_at(toks, k + 1) if k + 1 < n else None
        if h is not None and h[1].iso3 and (any((gz := self.lex.gaz.longest_at(toks, j)) and gz[1].iso3 == h[1].iso3
                                                for j in range(ts)) or any(
                (self._dp.by_id.get(i) or {}).get("country") == h[1].iso3 for g in groups if g["e"] <= ts for i in g["ids"])):
            # "ذكر بيان للخارجية الباكستانية أنه تم استدعاء السفير الباكستاني لدى نيودلهي"، "دعا لابيد إلى استدعاء السفير
            # الإسرائيلي لدى بولندا": of the summoner's own nationality
            return True
        return nxt is not None and all(x.kind == "PERSON" for x in nxt["m"]) and (k + 1 >= n or h is None and not (
            toks[k + 1].norm[:2] == "ال" and toks[k + 1].norm[-1:] == "ي"))  # (السويسري: a demonym the gazetteer lacks)

    def _recalled_from(self, text, toks, groups, te, actors):
        """"استدعت وزارة الخارجية الفلسطينية، الثلاثاء، السفير حسام زملط، رئيس مكتب البعثة في واشنطن"، "استدعت جنوب
        أفريقيا سفيرها لدى إسرائيل": a state summoning or recalling its own ambassador (سفيرها، or السفير + a name,
        no foreign demonym) acts against the state where he serves. None when the ambassador is foreign (السفير
        الفرنسي: the text's own reading stands)."""
        n = len(toks)
        k, own = _envoy_at(toks, te)
        if k is None:
            return None
        nxt = next((g for g in groups if g["s"] in (k, k + 1)), None)  # (السفير حسام زملط: the title opens the name)
        mine = {(self._dp.by_id.get(i) or {}).get("country") for i in actors} - {None}
        if not own:
            h = self.lex.gaz.longest_at(toks, k + 1) if k + 1 < n else None
            if h is not None and h[1].iso3 and h[1].iso3 in mine:
                pass  # "استدعت الكويت السفير الكويتي في الفلبين للتشاور": the summoner's own nationality
            elif nxt is None or not all(x.kind == "PERSON" for x in nxt["m"]) or h is not None:
                return None  # السفير الفرنسي، سفير إيران: a foreign ambassador
        for g in groups:
            if g["s"] <= k or g["s"] - k > 16 or _full_stop_between(text, toks, k, g["s"]):
                continue
            if g["s"] > 0 and toks[g["s"] - 1].norm in ("لدي", "في") or g["prep"] in ("لدى", "في"):
                if all(x.kind == "GPE" for x in g["m"]):
                    c = {(self._dp.by_id.get(i) or {}).get("country") for i in g["ids"]} - {None}
                    if c and not c & mine:
                        return g["ids"]
        return None

    def _statement_dates(self, doc, dp, spans, events):
        """"حذرت الولايات المتحدة الأسد من ... . وفي بيان صدر مساء الجمعة، قالت المتحدثة باسم الخارجية الأمريكية ...":
        a verbal act told without a day, followed by a sentence that opens on the statement that carried it, with its
        day and a speaker of the same side, took place that day (the same occasion)."""
        text = doc.get("text") or ""
        for ev in events:
            if ev["date_text"] or ev["type"] not in _STATED or ev["negated"] or not ev["actors"]:
                continue
            i = ev["_sent"] + 1
            if i >= len(spans):
                continue
            s, e = spans[i]
            m = _STATEMENT_OPEN.match(text, s, e)
            if not m:
                continue
            r = _dates.date_from_time_stage(doc, i, m.start(1), m.end(1))
            if not (r and r.get("date") and r.get("date_text")) or r.get("carried"):
                continue
            ments = dp.mentions(tokenize(text, s, e))
            own = {(dp.by_id.get(a) or {}).get("country") for a in ev["actors"]} - {None}
            if any(x.eid in ev["actors"] or own and (dp.by_id.get(x.eid) or {}).get("country") in own for x in ments):
                ev["date"], ev["date_text"] = r["date"], r["date_text"]

    def _headline_speaker(self, text, st, k):
        """(speaker, first token of the clause) of a headline told as "SPEAKER: clause" ("أميركا: الحرس الثوري يتحمل
        مسؤولية تصرفاته المتهورة"، "وزير الخارجية الأردني لـCNN: ..."، "قرقاش عن الحج: قطر أخطأت"), or None. Only the
        headline (the page reader's headline span, else the document's first line: a page dump opens with a masthead);
        the part before the colon is short, holds no verb of the lexicon and opens with one party (its own, not a
        place's: "سوريا: قصف صاروخي" names a topic, kept apart by the caller's blame form needing another party as the
        accused)."""
        hs = self._head_span
        if hs is None or not hs[0] <= st.start < hs[1]:
            return None
        toks = st.toks
        colon = next((j for j in range(1, min(k + 1, 9)) if ":" in text[toks[j - 1].end:toks[j].start]), None)
        if colon is None or any(":" in text[toks[j - 1].end:toks[j].start] for j in range(colon + 1, k + 1)):
            return None
        if any(m.start_tok < colon for m in st.trigs):
            return None  # "إيطاليا: تظاهر ...": an act told before the colon, no speaker
        g = next((g for g in _groups(text, toks, st.ments) if g["s"] == 0 and g["e"] <= colon and g["prep"] is None), None)
        if g is None or len(g["ids"]) != 1 or all(x.kind in ("LOC", "FAC") for x in g["m"]) \
                or _media_only(g, self._dp) or self._unnamed(g["ids"][0]):
            return None
        return g["ids"][0], colon

    def _evaluative_args(self, text, toks, groups, st, te, trig, locs, cut):
        """"ووصف عضو اللجنة التنفيذية، أحمد مجدلاني، الطرح الأميركي بأنه ..."، "اعتبر فيل روبرتسون، نائب مدير المنظمة،
        الأمر بأنه ضربة قاسية": a verb of judging (وصف، اعتبر) names the judge, maybe an apposition between commas, then
        the judged thing right before the judgement (بأنه، بـ، the evaluative word). The judged thing (or the state of its
        demonym) is the target; a thing no party names leaves the target to the act it refers to. None when the
        sentence does not have this shape."""
        j = next((k for k in range(te, min(len(toks), te + 16)) if any(r in trig.need for r in readings(toks[k].norm))
                  or toks[k].norm in ("بانه", "بانها", "بانهم", "بان", "بانهما")), None)
        if j is None or j <= te:
            return None
        commas = [k for k in range(te + 1, j + 1) if any(c in text[toks[k - 1].end:toks[k].start] for c in "،,")]
        sub = [g for g in groups if te <= g["s"] and g["e"] <= j and g["prep"] is None and g not in locs and g["s"] >= cut]
        w = toks[te - 1].norm
        if not commas and len(sub) == 1 and sub[0]["s"] == te and w.endswith(("ها", "ه", "هم", "هما")) and len(w) >= 5 \
                and te >= 2 and toks[te - 2].norm not in _RELATIVES:
            # "ضمن سلسلة تدريبات وصفتها الحكومة التيوانية بأنها ترهيب عسكري": the verb's pronoun is the judged thing (an
            # indefinite antecedent, no relative pronoun); the party after the verb is the judge, and the judged act is
            # the clause subject's (the one who held the drills)
            owner = next((g for g in groups if cut <= g["s"] and g["e"] <= te - 1 and g["prep"] is None
                          and g not in locs), None)
            return sub[0]["ids"], [i for i in (owner["ids"] if owner else []) if i not in sub[0]["ids"]]
        if not commas:
            if len(sub) >= 2 and sub[0]["s"] == te:
                return sub[0]["ids"], sub[1]["ids"]  # VSO: judge, then the judged
            return None
        c = next((k for k in commas[::-1] if not any(g["s"] < k < g["e"] for g in sub)), None)
        if c is None:
            return None
        # (a comma inside a party's own apposition is not the one that closes the judge's: "وصفت وزارة الخارجية
        # الإيرانية، الثلاثاء، رئيس الوزراء الإسرائيلي، بنيامين نتانياهو بـ"الكاذب"": the judged one spans its comma)
        subj = [g for g in sub if g["e"] <= c]
        obj = [g for g in sub if g["s"] >= c]
        if not subj or subj[0]["s"] - te > 8:
            return None
        person = next((g for g in subj if all(x.kind == "PERSON" for x in g["m"])
                       and not set(g["ids"]) & self._dp.office_ids), None)
        actors = (person or subj[0])["ids"]
        recips = [i for i in obj[0]["ids"] if i not in actors] if obj else []
        return actors, recips

    def _refusals(self, toks, trigs):
        """"لن نسمح لإيران"، "لا تقبل أية قيود"، "لم ترضخ": a negated verb of conceding or permitting is a refusal."""
        out = []
        for m in self.lex.refusals.find_all(toks):
            k = m.start_tok
            neg = toks[k - 1].norm.lstrip("وف") if k else ""
            if not (neg == "لن" or neg == "لا" and toks[k].norm[:1] == "ن"):
                continue  # a stance on the future (لن نسمح، لن تقبل) or the speaker's own (لا نقبل); "لا تسمح للنساء
                # بالقيادة"، "لم يتخل عن السلاح" describe a policy or the past
            nxt = toks[m.end_tok].norm if m.end_tok < len(toks) else ""
            if nxt in ("له", "لها", "لهم", "لهما", "لنا", "لي", "لك", "لكم", "لاي", "سوي", "باي", "لاحد"):
                continue  # "لن يسمح له بالعودة"، "لا يسمح لأي شخص": not permitted (passive), nobody refuses anybody
            if m.end_tok < len(toks) and toks[m.end_tok].norm in ("احد", "احدا", "شيء", "شييا", "بشيء"):
                continue  # "لا يقبل أحد": nobody as the subject
            if any(m2.start_tok <= k < m2.end_tok for m2 in trigs):
                continue  # an event trigger of its own (لن نتنازل: CONCEDE negated, read as a refusal there)
            out.append(m)
        return out

    def _clause_subject(self, text, toks, groups, actors, ts, te) -> bool:
        """Are the actors the subject of the trigger's own clause: right before it (SVO), right after it (VSO), or the
        subject of a light verb just before it (قدم عباس اعتذاره، أصدر الأسد عفوا)? Only then does an act stand
        without an addressee."""
        for g in groups:
            if not set(g["ids"]) & set(actors) or g["prep"] is not None:
                continue
            if g["e"] <= ts and (ts - g["e"] <= 1 or any(toks[k].norm.lstrip("وف") in _SUPPORT_VERBS
                                                          for k in range(max(0, g["s"] - 2), g["s"]))
                                 and ts - g["e"] <= 6) and not _strong_between(text, toks, g["e"], ts):
                return True
            k = te
            while k < g["s"] and k - te < 3 and toks[k].norm.lstrip("و") in _DELEGATES:
                k += 1  # "توصل زعماء الاتحاد الأوروبي"
            if g["s"] >= te and g["s"] - k <= 2 and self._adjacent(toks, k, g["s"]):
                return True
        return False

    def _ultimatum(self, text, toks, groups, st, ts, te, is_noun, actors, recips, cut):
        """A deadline given (أمهل، إمهال: CAMEO 139 ultimatum, coded REQUEST): the one given it is the object of the verb
        or the genitive of the noun ("أمهل ترمب وزارة الخزانة 60 يوما"، "إمهال الحكومة أسبوعا لسحب مشروع القانون"); the
        noun's giver is the subject of the verb or participle of deciding or announcing that governs it (قررت الولايات
        المتحدة إمهال السعودية، "واعتبر مجلس النقباء ...، معلنا ... إمهال الحكومة"), else the clause's first party."""
        if not toks[ts].norm.lstrip("وفب").startswith("امهال"):
            sj = next((g for g in groups if g["s"] >= te and set(g["ids"]) == set(actors) and len(g["m"]) > 1), None)
            if not recips and sj is not None and sj["m"][1].s == sj["m"][0].e and (
                    toks[sj["m"][1].s].norm[:1] != "و" or sj["m"][1].start == toks[sj["m"][1].s].start):  # (وزارة, no و)
                # "أمهل ترمب وزارة الخزانة 60 يوما": the subject and the object after the verb, read as one group
                return [sj["m"][0].eid], [x.eid for x in sj["m"][1:] if x.eid != sj["m"][0].eid]
            if toks[ts].norm.lstrip("وف") not in VERB_FORMS or not any(
                    set(g["ids"]) & set(actors) and g["e"] > cut and not set(g["ids"]) & set(recips) for g in groups):
                return [], []  # (a pronoun object, "وأمهله حتى الخامس من آذار", or a giver not named in the sentence:
                # no guess)
            return actors, recips
        gen = next((g for g in groups if g["s"] == te and g["prep"] is None), None)
        recips = list(gen["ids"]) if gen is not None else []
        dk = next((k for k in range(ts - 1, max(cut - 1, ts - 8), -1)
                   if toks[k].norm.lstrip("وف") in _DECIDE_VERBS | {"معلنا", "معلنه", "مقررا", "مقرره"}), None)
        if dk is None or _full_stop_between(text, toks, dk + 1, ts):
            return [a for a in actors if a not in recips], recips
        sj = next((g for g in groups if g["prep"] is None and g["s"] > dk and g["s"] - dk <= 2 and g["e"] <= ts), None)
        if sj is None:
            sj = next((g for g in groups if g["prep"] is None and g["e"] > cut and g["e"] <= dk), None)
        return ([i for i in sj["ids"] if i not in recips] if sj is not None else []), recips

    def _pardon_parties(self, text, toks, groups, ts, te, actors, cut):
        """(actors, recipients) of an amnesty or pardon the generic reading left without those pardoned, or None.
        A pardon received ("حصل الزعيم المسجون أنور إبراهيم على عفو شامل"، نال، تلقى): the receiver is pardoned, the
        pardoner is the head of state of the receiver's country the story names (a person holding the office, or
        the office word itself: الملك، العاهل، السلطان، الأمير، مجلس العفو), else its government. A penalty remitted
        to a group ("عفو عام عن كامل العقوبة لمرتكبي جرائم الفرار") or an amnesty about a group ("عفو عام بشأن
        الفارين"): that group, people of the pardoning state."""
        u = self.lex.concede
        rv = ts - 1 if ts > 1 and toks[ts - 1].norm == "علي" else None
        if rv is not None:
            vk = next((k for k in range(rv - 1, max(cut - 1, rv - 10), -1) if toks[k].norm.lstrip("وف") in u["receive"]
                       and not _full_stop_between(text, toks, k + 1, rv)), None)
            if vk is None:
                return None
            g = next((g for g in groups if g["prep"] is None and vk < g["s"] and g["e"] <= rv), None) or next(
                (g for g in groups[::-1] if g["prep"] is None and g["e"] <= vk and vk - g["e"] <= 1 and g["s"] >= cut), None)
            if g is None:
                return None
            iso = next(((self._dp.by_id.get(i) or {}).get("country") for i in g["ids"]
                        if (self._dp.by_id.get(i) or {}).get("country")), None)
            if not iso:
                return None
            return self._pardoner(iso), list(g["ids"])
        if not actors:
            return None
        iso = (self._dp.by_id.get(actors[0]) or {}).get("country")
        for k in range(te, min(len(toks), te + 5)):
            if toks[k].norm not in ("عن", "بشان"):
                continue
            j = k + 1
            while j < len(toks) and j - k <= 4 and toks[j].norm.strip('"«»') in u["penalty"]:
                j += 1
            if j >= len(toks) or _STRONG.search(text, toks[j - 1].end, toks[j].start):
                return None
            w = toks[j].norm.strip('"«»')
            if j > k + 1 and w[:1] == "ل" and len(w) > 3:
                b0 = toks[j].start + len(toks[j].text) - len(toks[j].text.lstrip('"«')) + 1  # past the ل
                j2 = j + 1 if j + 1 < len(toks) and toks[j + 1].norm[:1] not in "وبلفك" and toks[j + 1].norm not in (
                    "في", "من", "عن", "علي", "الي") and not _STRONG.search(text, toks[j].end, toks[j + 1].start) else j
            elif toks[k].norm == "بشان" and w.startswith("ال") and len(w) > 4:
                b0, j2 = toks[j].start + (len(toks[j].text) - len(toks[j].text.lstrip('"«'))), j
            else:
                return None
            b1 = toks[j2].end - (len(toks[j2].text) - len(toks[j2].text.rstrip('"»')))
            name = text[b0:b1]
            return actors, [self._dp.entity(("pardoned", normalize(name), iso), name=name, name_ar=name, typ="NORP",
                                            country=iso, sector="CVL", start=b0, end=b1)]
        return None

    def _apology_to(self, text, toks, groups, te, actors) -> list:
        """Those an apology is made to, when it names what it is for: the party its offending words were about
        ("يعتذر عن تصريحاته حول اليهود"، "اعتذر عن عباراته القاسية بحق الكويت"، "عن تصريحاته المسيئة للمسلمين"); a
        group named by a plural noun the party lexicon does not hold is made a party of its own."""
        off = next((k for k in range(te, min(len(toks), te + 6)) if toks[k].norm.lstrip("وب") in self.lex.concede["offence"]
                    and not _full_stop_between(text, toks, te, k + 1)), None)
        if off is None or not any(toks[k].norm == "عن" for k in range(te, off)) and toks[off - 1].norm != "عن":
            return []
        for k in range(off + 1, min(len(toks), off + 6)):
            if _STRONG.search(text, toks[k - 1].end, toks[k].start):
                return []
            w = toks[k].norm
            g = next((g for g in groups if g["s"] == k and g["prep"] in ("حول", "بحق", "ضد", "تجاه", "إزاء", "ل")
                      and not set(g["ids"]) & set(actors)), None)
            if g is not None:
                return list(g["ids"])
            if w not in ("حول", "بحق", "ضد", "تجاه", "ازاء") or k + 1 >= len(toks) or any(g["s"] == k + 1 for g in groups):
                continue
            n = toks[k + 1].norm
            if n.startswith("ال") and len(n) > 4 and (n.endswith(("ين", "ون")) or n in self.lex.concede["peoples"]):
                t = toks[k + 1]
                return [self._dp.entity(("offended", n), name=t.text, name_ar=t.text, typ="NORP", country=None,
                                        sector="CVL", start=t.start, end=t.end)]
            return []
        return []

    def _pardoner(self, iso) -> list:
        """The head of state of a country the story names as granting a pardon: a person of the story holding the
        office, else the office word the text uses (the king of ...), else the country's government (implied)."""
        ents = self._dp.by_id
        head = next((i for i, e in ents.items() if e.get("type") == "PERSON" and e.get("country") == iso
                     and set(e.get("roles") or []) & {"President", "King", "Emir", "Sultan"}), None)
        if head is not None:
            return [head]
        en = (_parties_kb().country_name(iso) or (iso, iso))[0]
        for word, title in self.lex.concede["pardoner"]:
            if re.search(r"(?<![\w\u064b-\u0652])[وف]?" + word + r"(?![\w\u064b-\u0652])", self._text or ""):
                return [self._dp.implied(("implied-pardoner", iso), name=f"{title} of {en}", name_ar=word, typ="PERSON",
                                         country=iso, sector="GOV")]
        return [self._dp.implied_government(iso)]

    def _titled_subject(self, text, toks, groups, te):
        """The subject right after a verb that is a person named after his office in a body told by its name, the
        office and the body not read as part of his mention ("هدد زعيم تحالف "سائرون" مقتدى الصدر باتخاذ مسار
        المعارضة"، "دعا رئيس حزب "الوفد" X إلى"): the person's group, or None."""
        if te + 2 >= len(toks) or not _title_word(toks[te].norm) or toks[te + 1].norm.lstrip("ال") not in _BODY_KINDS:
            return None
        org = next((g for g in groups if g["s"] == te + 2 and g["prep"] is None), None)
        if org is not None and org["m"][-1].kind == "PERSON" and org["m"][-1].s > org["s"]:
            x = org["m"][-1]  # (the body's name and the person read as one group)
            return {"s": org["s"], "e": x.e, "ids": [x.eid], "m": [x], "prep": None}
        k = org["e"] if org is not None else te + 2
        if org is None and not toks[te + 2].text.startswith(('"', "«", "“")):
            return None
        person = next((g for g in groups if g["s"] == k and g["prep"] is None), None)
        if person is None or not any(x.kind == "PERSON" for x in person["m"]) \
                or _STRONG.search(text, toks[te].end, toks[k].start) and '"' not in text[toks[te].end:toks[k].start]:
            return None
        return person

    def _inside_charge(self, toks, groups, te, recips) -> bool:
        """Do the recipients stand inside what a denied charge says ("نفت القيادة العسكرية الأميركية ... الاتهامات بقتل
        مدنيين"): after a charge noun and the بـ of its content, no owner of the charge?"""
        charge = self.lex.rebut.charge
        k = next((k for k in range(te, min(len(toks) - 1, te + 7)) if any(r in charge for r in readings(toks[k].norm))), None)
        if k is None or toks[k + 1].norm[:1] != "ب" or len(toks[k + 1].norm) < 4:
            return False
        g = next((g for g in groups if g["ids"] == recips), None)
        return g is not None and g["s"] > k + 1

    def _own_countries(self, ids) -> set:
        """The countries of the parties ``ids`` (None among them for a party of none), {None} when one is an armed
        group or a rebel front, which is not its country ("نفت وحدات حماية الشعب الكردية"): _accuser_of,
        _headline_opponent."""
        ents = self._dp.by_id
        if any((ents.get(i) or {}).get("sector") == "REB" for i in ids):
            return {None}
        return {(ents.get(i) or {}).get("country") for i in ids}

    def _headline_opponent(self, sents, st, ids, t_end) -> list:
        """The one foreign state a headline sets against the denier's state ("انقضاء مهلة بريطانيا لروسيا ..." then
        "وتنفي روسيا التورط في تسميم سكربيل"): a body sentence's denier named (or its state named) in the headline with
        exactly one other country there; else []."""
        if st.i == 0 or not sents:
            return []
        ents = self._dp.by_id
        mine = self._own_countries(ids)
        if None in mine:
            return []
        h0, h1 = sents[0].start, sents[0].end
        named = [e for e in ents.values() if any(h0 <= (x.get("start") or -1) < h1 for x in e.get("mentions") or [])]
        if not any(e.get("country") in mine and e.get("type") in ("GPE", "NORP") or str(e.get("id")) in ids
                   for e in named):
            return []
        text = self._text or ""

        def placed(e):  # (a place the headline tells things in, no party: "مقتل جندي أميركي ... في الصومال")
            return all(text[max(h0, x["start"] - 3):x["start"]] in (" في", "في ") or text[max(h0, x["start"] - 1):x["start"]]
                       == "ب" for x in e.get("mentions") or [] if h0 <= (x.get("start") or -1) < h1)
        other = {e.get("country") for e in named if e.get("type") in ("GPE", "NORP") and e.get("country")
                 and not placed(e)} - mine
        if len(other) != 1:
            return []
        c = next(iter(other))
        if any(e.get("country") == c and any(
                t_end <= x["start"] < st.end and re.search(r"(?:^|\s)(?:بين|مع)\s", text[t_end:x["start"]])
                for x in e.get("mentions") or []) for e in ents.values()):
            return []  # (a party of the contact denied: "نفى بيسكوف وجود تواصل بين بوتين والحكومة الإسرائيلية")
        pick = next((e for e in named if e.get("country") == c and e.get("type") == "GPE"), None) \
            or next((e for e in named if e.get("country") == c), None)
        return [str(pick.get("id"))]

    def _accuser_of(self, ids, types=("ACCUSE",), hyp_ok=False) -> list:
        """The author of the last accusation (or act of ``types``) told so far whose target is the party ``ids`` (the
        same ids, or a state body or office of the state accused), or []. With ``hyp_ok`` an accusation told as
        background counts too ("غولن الذي تتهمه أنقرة بتدبير الانقلاب ... وينفي الأخير ضلوعه")."""
        ents = self._dp.by_id
        mine = self._own_countries(ids)
        for e in self._recent_events[::-1]:
            if e["type"] not in types or e["negated"] or e["hypothetical"] and not hyp_ok or not e["actors"] \
                    or not e["recipients"]:
                continue
            hit = set(e["recipients"]) & set(ids) or None not in mine and all(
                (ents.get(r) or {}).get("type") in ("GPE", "NORP") and (ents.get(r) or {}).get("country") in mine
                for r in e["recipients"])  # (also the state told by its adjective: "حملت لندن ... الدولة الروسية
            # مسؤولية الهجوم، رغم أن موسكو نفت")
            if hit and hyp_ok and set(e["recipients"]) & set(ids):
                # (the denier named as the target itself: an accuser of its own state counts, "غولن الذي تتهمه أنقرة")
                return [a for a in e["actors"] if a not in ids]
            if hit:
                return [a for a in e["actors"] if a not in ids and (ents.get(a) or {}).get("country") not in mine]
        return []

    def _same_side_before(self, st, ids) -> bool:
        """Are ``ids`` the party that spoke or acted in the sentence before st (the speaker it goes on with, or the actors
        of a verbal or material act told there)?"""
        if st.i == 0 or not ids:
            return False
        ids = set(ids)
        sp = self._speaker_before(st)
        if sp and ids == {sp}:
            return True
        return any(e["_sent"] == st.i - 1 and set(e["actors"]) == ids and not e["negated"] for e in self._recent_events)

    def _opens(self, text, toks, k, cut) -> bool:
        """Does token k open a clause: the sentence's start (after a dateline), after punctuation, a clause opener or
        a time word (not the genitive of a noun before it)?"""
        if k <= cut or _STRONG.search(text, toks[k - 1].end, toks[k].start):
            return True
        w = toks[k - 1].norm
        return w in _OPENERS_SA or w in _SUBORDINATORS or w in self.lex.datecue_words or _title_word(w) and (
            k - 1 <= cut or _STRONG.search(text, toks[k - 2].end, toks[k - 1].start))  # "زعيم الحوثيين يتوعد"

    def _own_citizens(self, toks, groups, eid) -> bool:
        """Is ``eid`` a state's own people named by a possessive (مواطنيه، رعاياها، شعبه: parties._his_citizens)?"""
        return (self._dp.by_id.get(eid) or {}).get("type") == "NORP" and any(
            eid in g["ids"] and g["e"] - g["s"] == 1 and toks[g["s"]].norm.lstrip("وبل") in _HIS_CITIZENS for g in groups)

    def _own_people(self, typ, actors, recips, groups, toks) -> bool:
        """A leader or a government calling on its own people ("داعيا السوريين إلى العودة لبلادهم"، "أردوغان يدعو الأتراك
        إلى تحويل عملاتهم"): one country on both sides, yet two parties. The people is named by a plural demonym of its
        own (not an adjective of the caller: "طالبت الهيئة السمعية البصرية التركية")."""
        ents = self._dp.by_id
        g = next((g for g in groups if g["ids"] == recips), None)
        w = toks[g["s"]].norm.lstrip("و") if g is not None and g["e"] - g["s"] == 1 else ""
        if w.lstrip("بل") in _HIS_CITIZENS and all((ents.get(i) or {}).get("type") == "NORP" for i in recips):
            return True  # "دعت أستراليا مواطنيها"، "منع النظام القطري مواطنيه من الحج": a state's own people, named by a
            # possessive (parties._his_citizens), a party besides the state
        return typ == "REQUEST" and bool(recips) and w.startswith("ال") and (
            w.endswith(("يين", "يون")) or w in ("الاتراك", "الاكراد", "العرب")) and all(
            (ents.get(i) or {}).get("type") == "PERSON" or (ents.get(i) or {}).get("type") == "ORG" and (
                ents.get(i) or {}).get("sector") == "GOV" for i in actors) and all(
            (ents.get(i) or {}).get("type") == "NORP" for i in recips)

    def _relative_launcher(self, text, toks, groups, ts, recips) -> list:
        """"أقرباء الفلسطيني الذي نفذ الجمعة عملية دهس"، "المسلحين الذين شنوا هجوما على": an attack noun after a verb of
        launching that opens a relative clause was carried out by the party the relative pronoun takes up (the group
        ending right before it); time words may stand between the verb and the noun. [] otherwise."""
        k = ts - 1
        while k >= 0 and (toks[k].norm in self.lex.datecue_words or toks[k].norm in _DAY_FILLERS):
            k -= 1
        if k < 1 or toks[k].norm.lstrip("و") not in _LAUNCH_VERBS or toks[k - 1].norm not in _RELATIVES \
                or _STRONG.search(text, toks[k - 1].end, toks[ts].start):
            return []
        g = next((g for g in groups if g["e"] == k - 1 and not set(g["ids"]) & set(recips)), None)
        if g is None or _STRONG.search(text, toks[g["e"] - 1].end, toks[k - 1].start):
            return []
        return list(g["ids"])

    def _shelled_at_home(self, typ, actors, recips, launched=False) -> bool:
        """A state's forces striking a town or camp of their own country ("قصف الجيش السوري مخيم اليرموك"، "شنت قوات
        النظام غارات على مدينة دوما"), or an armed group launching projectiles at one ("أطلق الحوثيون صاروخا على مدينة
        مأرب"; not any act of the group: "ماضية في تحرير محافظة الحديدة" is the government's): a civil war's attack on
        the place (held by another side), not a misreading."""
        ents = self._dp.by_id
        return typ == "ASSAULT" and bool(recips) and all(
            (ents.get(i) or {}).get("sector") in (("MIL", "COP", "REB") if launched else ("MIL", "COP")) or (ents.get(i) or {}).get("type") == "ORG"
            and (ents.get(i) or {}).get("sector") == "GOV" for i in actors) and all(
            (ents.get(i) or {}).get("type") in ("GPE", "LOC") and (
                (ents.get(i) or {}).get("kb_id") or "") in _feature_places() for i in recips)

    def _specific(self, eid) -> bool:
        """A party the text pins down as one actor: a named person or an office of a known state or body, a state, a
        body the knowledge base knows or an official body of a state (not a people, a crowd or a bare common noun)."""
        e = self._dp.by_id.get(eid) or {}
        t = e.get("type")
        if t == "PERSON":
            return e.get("status") == "named" or bool(e.get("country") or e.get("wikidata") or e.get("kb_id"))
        if t == "GPE":
            return bool(e.get("country"))
        if t == "ORG":
            return bool(e.get("wikidata") or e.get("kb_id")) or e.get("sector") == "IGO" or bool(
                e.get("country")) and e.get("sector") in ("GOV", "MIL", "JUD", "COP", "PTY", "REB")
            # (an international body or its office: "الأمين العام للأمم المتحدة")
        return False

    def _conviction_like(self, toks, ts, te, actors=()) -> bool:
        """Is a verb of condemning at [ts, te) a court's conviction or a charge rather than a condemnation with no one
        condemned? A court named just before it ("وكانت محكمة عسكرية إسرائيلية قد أدانت أزاريا بقتل")، a person or party
        as its object ("إسرائيل تدين الشاعرة دارين طاطور بالتحريض") or a charge after it (بتهمة)."""
        if any(_COURT_WORD.match(toks[k].norm.lstrip("و")) for k in range(max(0, ts - 6), ts)):
            return True
        ments = [x for x in self._dp.mentions(toks) if x.kind in ("PERSON", "ORG", "GPE", "NORP")]
        own = next((x for x in ments if x.s == te and x.eid in actors), None)
        while own is not None:
            te = own.e  # (the subject after the verb: "واستنكرت الوزارة سلوك بعض المشجعين"، "دانت منظمة العفو الدولية
            # ومنظمة هيومن رايتس ووتش اعتقال نشطاء")
            while te < len(toks) and (toks[te].norm in self.lex.datecue_words or toks[te].norm in ("اليوم", "امس")):
                te += 1
            own = next((x for x in ments if x.s == te and x.eid in actors), None)
        if te < len(toks) and (self.lex.titles.longest_at(toks, te) or any(x.s == te for x in ments)):
            return True
        if te < len(toks) and toks[te].norm[:1] == "ب":
            return False  # (the act condemned after بـ: "ندد بقتل المتظاهرين")
        return any(toks[k].norm[:1] == "ب" and (toks[k].norm[1:] in _CHARGES or toks[k].norm[1:3] == "ال"
                                                and toks[k].norm[3:] in _CHARGES) for k in range(te, min(len(toks), te + 6)))

    def _court_condemns(self, ev) -> bool:
        """_conviction_like for an event (its sentence's tokens and its trigger), or a court among its actors."""
        if any((self._dp.by_id.get(i) or {}).get("sector") == "JUD" for i in ev["actors"]):
            return True
        toks = self._sents[ev["_sent"]].toks if "_sent" in ev else None
        ts = next((k for k, t in enumerate(toks or ()) if t.start == ev["trigger"]["start"]), None)
        if ts is None:
            return True
        te = next((k + 1 for k in range(ts, len(toks)) if toks[k].end >= ev["trigger"]["end"]), ts + 1)
        return self._conviction_like(toks, ts, te, ev["actors"])

    def _untargeted_ok(self, text, toks, groups, typ, ts, te, actors, subj, negated, hyp, cut, st=None) -> bool:
        """May a REQUEST or THREATEN that names no target stand (data/untargeted.tsv)? Only an explicit verb or
        circumstantial participle of demanding, urging or threatening, told as a fact by specific actors that are
        the subject of its clause (or of the main clause, for a participle after a comma), with the demanded or
        threatened act right after it (or after its subject): "دعا الأمين العام إلى إجراء تحقيق مستقل"، "...، داعية إلى
        إنهاء إراقة الدماء"، "هدد الصدر باتخاذ مسار المعارضة"؛ a warning only when the speaker's own side is what may
        act ("حذرت بريطانيا من أنها قد تسحب رخصة"، "حذرت المدعية من أن المحكمة يمكن أن تقاضي"), not a danger
        ("حذرت الأمم المتحدة من أن الوضع قد يتدهور"). Nouns (دعوات، تهديدات، تحذير) and peoples or crowds do not."""
        if typ not in ("REQUEST", "THREATEN", "ACCUSE") or not actors or negated or hyp or te - ts != 1:
            return False
        u = self.lex.untargeted
        w = toks[ts].norm
        kind = next((k for k in ("request", "urge", "request_part", "threat", "threat_part", "warn", "condemn")
                     for x in (w, _appeals._wf(self, w)) if x in u[k]), None)
        if kind is None or (typ == "REQUEST") != (kind in ("request", "urge", "request_part")) \
                or (typ == "ACCUSE") != (kind == "condemn"):
            return False
        if not all(self._specific(i) for i in actors):
            return False
        if kind == "condemn" and any((self._dp.by_id.get(i) or {}).get("sector") == "JUD" for i in actors):
            return False  # (أدانت المحكمة: a conviction, told with its convict)
        part = kind.endswith("_part") or kind == "warn" and w.lstrip("وف")[:1] == "م"
        if ts > 0 and toks[ts - 1].norm in _RELATIVES:
            return False  # "لقوى اليمين التي تدعو إلى ترحيل اللاجئين": a description of a party, no act told
        if part:
            if ts == 0 or not _STRONG.search(text, toks[ts - 1].end, toks[ts].start):
                return False  # (the main clause's subject speaks only for a participle set off by a comma)
            first = next((g for g in groups if g["prep"] is None and g["e"] > cut), None)
            if first is None or first["e"] > ts or not set(first["ids"]) & set(actors):
                return False  # ... its first party ("وقال إنه يناشد الجميع ...، مطالبا": he, not a party named later)
        sj = subj if subj is not None and subj["s"] >= te and set(subj["ids"]) == set(actors) else next(
            (g for g in groups if g["s"] >= te and g["s"] - te <= 3 and set(g["ids"]) & set(actors)), None)
        if not part:
            # the subject right before the verb (غوتيريس يدعو إلى، وكانت بكين حذرت من)، or right after it when it is a
            # person, an office or an international body: a state or a group after the verb may be its object, the
            # subject dropped or a clause before it ("ودعت ميليشيات الحوثي إلى التجاوب"، "قرار يدعو الولايات المتحدة
            # إلى"، "كما دعا الملك حكومة الرزاز")
            svo = w[:1] not in "وف" and any(g["prep"] is None and set(g["ids"]) >= set(actors) and g["e"] <= ts
                                            and ts - g["e"] <= 1 and not _strong_between(text, toks, g["e"], ts)
                                            and self._opens(text, toks, g["s"], cut) for g in groups)
            # (not "رسائل أرسلت إلى منازل في بريطانيا وتدعو"، "استمرار حرب اليمن يهدد بأسوأ مجاعة": a genitive)
            v = w.lstrip("وف")
            fem = len(v) >= 3 and (v.endswith("ت") or v[:1] == "ت" and not v.startswith("توعد"))
            opens = self._opens(text, toks, ts, cut)
            # (a verb after a subject the coder does not read as a party has it as its subject, and the party after the
            # verb is its object: "مسؤول سابق في الفاتيكان يدعو البابا فرانسيس للاستقالة"؛ so does one after an office
            # named without a name: "كما دعا الملك حكومة الرزاز للبحث")
            vso = sj is not None and opens and all(
                toks[k].norm in self.lex.datecue_words or toks[k].norm in ("اليوم", "امس") or toks[k].norm in _AGAIN
                for k in range(te, sj["s"])) and (
                any(x.kind == "PERSON" for x in sj["m"])
                or all((self._dp.by_id.get(i) or {}).get("sector") == "IGO" for i in sj["ids"])
                or fem and w[:1] not in "وف" and (ts <= cut or toks[ts - 1].norm in ("فيما", "بينما", "وقد", "قد", "فقد", "اذ",
                                                                                    "حيث"))
                or w[:1] in "وف" and ts <= cut and st is not None and self._same_side_before(st, sj["ids"]))
            # (after و the party that spoke or acted in the sentence before, told again, is the subject: "ودعا المكتب إلى
            # هدنة"، "وطالبت المنظمة بإعادة محاكمة المتهمين"; another party may be the object of a verb that goes on
            # with that one: "رحبت الحكومة اليمنية بجهود الوساطة ... ودعت ميليشيات الحوثي إلى التجاوب")
            # (a state or a body after a feminine verb that opens its sentence agrees with it as its subject: "طالبت لندن
            # بتحقيق دولي"، "فيما دعت حماس لتشكيل حكومة"; "دعا الولايات المتحدة إلى" does not agree: an object; after
            # كما، و، a relative or a subject the verb goes on with a subject told before: "كما حثت الجيش الإسرائيلي على")
            joined = kind == "condemn" and w[:1] in "وف" and st is not None and any(
                e["_sent"] == st.i and e["actors"] and set(e["actors"]) == set(actors) and e["trigger"]["start"] < toks[ts].start
                for e in self._recent_events)
            # (a verb of condemning joined by و to an act of the same subject told before it in the sentence: "وأشاد جعفري
            # بمقاومة الشعب الفلسطيني، ...، واستنكر قتل عشرات المتظاهرين")
            if not (svo or vso or joined):
                return False
        # the demanded or threatened act: right after the verb, or after its subject (VSO) and a time word
        p = te
        if sj is not None and not part:
            p = sj["e"]
            while True:  # (its complement: "الأمين العام للأمم المتحدة")
                nx = next((g for g in groups if g["s"] == p and g["prep"] in (None, "ل")), None)
                if nx is None:
                    break
                p = nx["e"]
        lim = p + 4
        while p < len(toks) and p < lim and (toks[p].norm in self.lex.datecue_words or toks[p].norm in (
                "اليوم", "امس", "مجددا", "ايضا", "كذلك", "مساء", "صباح", "بدوره", "بدورها") or toks[p].norm in _AGAIN
                or toks[p].norm == "في"
                and p + 1 < len(toks) and toks[p + 1].norm in self.lex.datecue_words):
            p += 1  # (a time: "حذرت بكين في آذار/مارس من أنها")
        if p + 2 < len(toks) and toks[p].norm == "في" and toks[p + 1].norm in ("الوقت", "وقت") and toks[p + 2].norm in (
                "ذاته", "نفسه", "سابق", "لاحق"):
            p += 3  # "، متوعدا في الوقت ذاته بالانسحاب من الاتفاق النووي"، "قد دعت في وقت سابق الجمعة إلى فتح تحقيق"
            while p < len(toks) and p < lim + 3 and (toks[p].norm in self.lex.datecue_words or toks[p].norm in ("اليوم", "امس")):
                p += 1
        if p >= len(toks) or _full_stop_between(text, toks, te, p + 1):
            return False
        n = toks[p].norm
        if any(g["s"] == p for g in groups):
            return False  # a party there is an addressee or the subject of something else
        if kind in ("request", "request_part"):
            return n in ("الي", "والي") or n[:1] in "لب" and len(n) >= 5
        if kind == "condemn":
            if n in _CONDEMN_MANNER and p + 1 < len(toks):
                p += 1  # "أدانت وزارة الخارجية السعودية بشدة الهجوم المسلح"
                n = toks[p].norm
                if any(g["s"] == p for g in groups):
                    return False
            if self._conviction_like(toks, ts, p, actors):
                return False  # a court's conviction or a charge (إسرائيل تدين الشاعرة دارين طاطور بالتحريض)
            # the act condemned: after بـ ("ونددت بـ"عدوان""، "بالهجوم") or as the verb's object ("تفجيرا انتحاريا"، ""تشويه
            # سمعة" مرشحات")
            if n in ("ب", "بـ") or n[:1] == "ب" and len(n) >= 4 and n not in _CONDEMN_NOT_ACT_B:
                self._condemned_untargeted.add(toks[ts].start)
                return True
            ok = len(n) >= 4 and n[:1] not in "و" and n not in _CONDEMN_NOT_OBJECT
            if ok:
                self._condemned_untargeted.add(toks[ts].start)
            return ok
        if kind == "urge":
            return n == "علي"
        if kind in ("threat", "threat_part"):
            return n[:1] == "ب" and (len(n) >= 4 or n == "بان") and n not in (
                "بعد", "بعض", "بشان", "بسبب", "بشده", "بدوره", "بدورها")  # (بإغلاق، بالرد، بأن بلاده ...)
        # a warning: من أن / بأن + the speaker's own side + what it may do
        if n == "من" and p + 1 < len(toks):
            p += 1
            n = toks[p].norm
        if n not in ("ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "بانهم"):
            return False
        q = p + 1
        if n.endswith(("ه", "ها", "هم", "هما")):
            pass  # the pronoun stands for the speaker
        elif q < len(toks):
            title = {toks[k].norm.removeprefix("ال") for k in range(te, p) if len(toks[k].norm) > 3}
            g = next((g for g in groups if g["s"] == q and g["prep"] is None), None)
            ac = {(self._dp.by_id.get(i) or {}).get("country") for i in actors} - {None}
            own = toks[q].norm in u["own"] or toks[q].norm.removeprefix("ال") in title or g is not None and (
                set(g["ids"]) & set(actors) or ac and all((self._dp.by_id.get(i) or {}).get("type") == "GPE"
                                                          and (self._dp.by_id.get(i) or {}).get("country") in ac
                                                          for i in g["ids"]))
            if not own:
                return False
            q = g["e"] if g is not None else q + 1
        if q >= len(toks):
            return False
        m = toks[q].norm
        if m in u["modal"]:
            q += 1
            if q < len(toks) and toks[q].norm in ("ان", "لا"):
                q += 1  # يمكن أن تقاضي
            v = toks[q].norm if q < len(toks) else ""
        elif m[:1] == "س" and m[1:2] in "يتن" and len(m) > 4:
            v = m[1:]  # ستسحب
        else:
            return False
        return bool(v) and v not in u["occur"] and v[:1] in "يتن"

    def _subject_words(self, text, toks, g) -> list:
        """The words of party group g as written, for carry.fit, with the noun it stands in construct with when one
        comes right before it: the verb agrees with that head ("رئيس الحكومة يرفض": masculine, the prime minister;
        "بأجهزة الاستخبارات": a feminine plural head), not with the genitive party."""
        words = [t.text for t in toks[g["s"]:g["e"]]]
        k = g["s"] - 1
        if k >= 0 and not text[toks[k].end:toks[g["s"]].start].strip():
            h = toks[k].norm.lstrip("و")
            if len(h) > 2 and not h.startswith("ال") and not h.isdigit() and h not in VERB_FORMS and h not in _COMPLEMENTIZERS \
                    and h not in _RELATIVES and self.lex.stop.get(h) is None and self.lex.stop.get(toks[k].norm) is None:
                words = [toks[k].text] + words
        return words

    def _coord_subject(self, text, toks, groups, st, typ, ts, te, cut, svo):
        """"استضاف الرئيس الأمريكي دونالد ترامب أمير قطر في البيت الأبيض وأثنى على جهوده"، "أدانت الخارجية المصرية الهجوم
        وطالبت المجتمع الدولي": a verbal act of the third person joined by و (ثم، "، كما") with no subject of its own
        shares the subject of the closest finite verb before it in the sentence (not the object of that verb, the
        nearest party); not across a full stop, a quote or a colon, not past a relative clause's own subject, and inside
        a clause after إن/أن the subject that opens it. Returns that subject's ids, or None."""
        material = typ in MATERIAL_ACTS
        if material and _carry_agr(toks, ts) not in ("f", "pl"):
            return None  # (وأصيب، وقتل، وحكم عليه: passives and verbal nouns are as common as verbs there; a material
            # act shares the subject only with the person written out: ومنعت، وقتلوا)
        w = toks[ts].norm
        opener = ts > 1 and (toks[ts - 1].norm in ("ثم", "وثم") or toks[ts - 1].norm in ("كما", "وكما") and text[
            toks[ts - 2].end:toks[ts - 1].start].strip(' "»”\u00a0') in ("،", ","))  # (not "كما وعد": as he promised)
        w = w if opener else w[1:] if w[:1] == "و" and len(w) > 3 else None
        if w is not None and w not in VERB_FORMS:
            w = _critics.object_verb(w, toks, te) or w  # "ووصفه بـ"المجرم"": the verb with its object's pronoun
        u = self.lex.untargeted
        if w is None or _vn(w) or not (w in VERB_FORMS or w in self.lex.trig.trie and w.endswith("ي") and len(w) > 3
                                       or any(w in u[k] for k in ("request", "urge", "threat"))) \
                or w[:1] == "ن" or _first_person(w, toks, ts) and not (
                    w.endswith("ت") and w[:-1] in VERB_FORMS and not _inside_quote(text, st.start, toks[ts].start)) \
                or w[:1] == "ا" and "ي" + w[1:] in VERB_FORMS:
            return None  # (أثنى: a form listed alone, but a verb of calling is one: ودعت، وتدعو; وإنقاذ، وإرسال: verbal
            # nouns; وأرحب: the first person; outside a quote a perfect in ت is the third person feminine, "أدانت
            # الخارجية المصرية الهجوم وطالبت المجتمع الدولي"، "ميليشيات الحوثي انتشرت ...، ومنعت")
        if len(w) == 3 and not opener and _STRONG.search(text, toks[ts - 1].end, toks[ts].start) is None and any(
                m2.end_tok <= ts and ts - m2.end_tok <= 6 and _nominal_trigger(toks[m2.start_tok].text) for m2 in st.trigs):
            return None  # "المتهم بتمويل ودعم الحركات الإرهابية": a bare form after a verbal noun is another one
        agr = _coord_agr(w)
        if agr is None and not opener:
            return self._opening_svo(text, toks, groups, ts, cut, opener)
        if agr is None or svo and any(g["prep"] is None and g["s"] >= te and self._adjacent(toks, te, g["s"]) and not (
                material and _carry.fit(self._subject_words(text, toks, g), [self._dp.by_id.get(i) or {} for i in g["ids"]],
                                        _carry_agr(toks, ts)) is False) for g in groups):
            return None  # ("استقبل ترامب تميم وأثنى أمير قطر على": the party after the verb may be its own subject)
        inside = {k for g in groups for k in range(g["s"], g["e"])}
        k = ts - 1 - (1 if opener else 0)
        comma = False
        while k >= cut:
            gap = text[toks[k].end:toks[k + 1].start]
            if _FULLSTOP.search(gap) or _QUOTE_MARK.search(gap) or ":" in gap:
                return None
            comma = comma or "،" in gap or "," in gap
            v = toks[k].norm
            if v in ("ان", "بان", "وان"):
                # "وأضاف ترمب أن النظام الإيراني يشعل الصراعات ويدعم المنظمات الإرهابية": the told clause's subject
                # (after a comma the verb may go back to the speaker: "قال إن ...، وأكد")
                sj = next((g for g in groups if g["prep"] is None and g["s"] == k + 1 and g["e"] < ts), None) \
                    if not comma or material else None
                # (a material act goes back to the told clause's subject past a comma too: "أكد شهود عيان أن ميليشيات
                # الحوثي انتشرت ...، ومنعت عشرات المواطنين": the witnesses block no one)
                if sj is not None and material and _carry.fit(self._subject_words(text, toks, sj), [
                        self._dp.by_id.get(i) or {} for i in sj["ids"]], _carry_agr(toks, ts)) is False:
                    return None
                return list(sj["ids"]) if sj is not None else None
            if v in _COMPLEMENTIZERS:
                return None  # (أنه، إنها: a pronoun subject)
            v1 = v[1:] if v[:1] in "وفل" and len(v) > 3 else v
            opening = (k == cut or k == cut + 1 and toks[cut].norm in _VERB_OPENERS) and v[:2] != "ال" \
                and not v.isdigit() and v.lstrip("و") not in _CHAIN_BREAK and v not in _VERB_OPENERS  # (من جانبه، ...)
            if k not in inside and (v1 in VERB_FORMS and not _is_noun(v) and not _vn(v1) or opening):
                if k > 0 and toks[k - 1].norm in _RELATIVES:
                    k -= 2  # a relative clause's verb: its subject is its own; go on to the verb it hangs on
                    continue
                va = _coord_agr(v1) if v1 in VERB_FORMS else None
                k1 = k + 2 if k + 2 < ts and toks[k + 1].norm in ("معه", "معها", "معهم", "له", "لها") else k + 1
                # the subject before a verb with no و (SVO: "ماتاريلا استقبل كوتاريلي وطلب منه"), else after it (VSO)
                sj = next((g for g in groups if g["prep"] is None and g["e"] == k and g["s"] >= cut
                           and not _STRONG.search(text, toks[k - 1].end, toks[k].start)), None) \
                    if k > 0 and v[:1] not in "وف" else None
                sj = sj or next((g for g in groups if g["prep"] is None and k < g["s"] < ts and g["e"] <= ts
                                 and self._adjacent(toks, k1, g["s"])), None)  # ("ليتضامن معه وزير الدفاع")
                if sj is None:
                    if opening:
                        return None
                    k -= 1
                    continue  # (a verb whose subject is itself carried on: "...، وبحث معه")
                if va is not None and va != agr and not (agr == "pl" and va in ("m", "f") and len(sj["ids"]) > 1):
                    return None  # "أدانت مصر الهجوم وطالب الأمين العام": another subject follows
                if agr in ("du", "pl") and va != agr and len(sj["ids"]) < 2:
                    return None
                if material and _carry.fit(self._subject_words(text, toks, sj), [
                        self._dp.by_id.get(i) or {} for i in sj["ids"]], _carry_agr(toks, ts)) is False:
                    return None  # ("التفت القوات اليمنية على العناصر الحوثية ودمرت": the subject must fit the act's person)
                return list(sj["ids"])
            k -= 1
        return self._opening_svo(text, toks, groups, ts, cut, opener)

    def _opening_svo(self, text, toks, groups, ts, cut, opener):
        """_coord_subject when no verb of the lexicon stands before the joined one: "دمشق تستنفر قواتها وتدعو منظمة حظر
        الأسلحة الكيميائية": a sentence that opens on a party and a verb the lexicon does not know, with the same person
        prefix as the joined imperfect, has that party as the subject of both (not the object of the first verb, the
        nearest party). Returns its ids, or None."""
        g0 = next((g for g in groups if g["prep"] is None and g["s"] == cut), None)
        w0 = toks[ts].norm[1:]
        if g0 is not None and g0["e"] + 1 < ts and not opener and w0[:1] in "يت" and len(w0) >= 4:
            v = toks[g0["e"]].norm
            if v[:1] == w0[:1] and len(v) >= 4 and v[:2] != "ال" and v not in self.lex.stop \
                    and not any(g["s"] <= g0["e"] < g["e"] for g in groups) \
                    and not _STRONG.search(text, toks[g0["e"] - 1].end, toks[ts].start) \
                    and not any(toks[k].norm in _RELATIVES or toks[k].norm in ("ان", "بان", "انه", "انها")
                                for k in range(g0["e"], ts)):
                return list(g0["ids"])
        return None

    def _owner_praised(self, st, te, actors) -> list:
        """"استضاف ترامب أمير قطر ... وأثنى على جهوده"، "التقى ولي العهد تيريزا ماي وثمن موقفها": after a verb that goes on
        with the subject of the verb before it, the possessive pronoun on the praised noun (جهوده، بدوره، موقفها) is the
        other party of that verb, the nearest one before that fits the pronoun. Returns its ids, or []."""
        toks = st.toks
        k = te + 1 if te + 1 < len(toks) and toks[te].norm in ("علي", "الي") else te
        if k >= len(toks):
            return []
        t = toks[k]
        w = t.norm[1:] if t.norm[:1] in "بل" and len(t.norm) > 4 else t.norm
        suf = next((x for x in ("هما", "هم", "ها", "ه") if t.text.endswith(x) and len(w) - len(x) >= 3), None)
        if suf is None or w[:2] == "ال" or w in VERB_FORMS:
            return []
        ents = self._dp.by_id
        for g in _groups(self._text, toks, [m for m in st.ments or [] if m.e <= k])[::-1]:
            ids = [i for i in g["ids"] if i not in actors]
            if g["prep"] is not None or not ids or all(x.kind in ("LOC", "FAC") for x in g["m"]):
                continue  # (في البيت الأبيض: the setting)
            fit = _pronoun_fits([ents.get(i) or {} for i in ids], suf)
            if fit is None:
                continue
            return ids if fit else []
        return []

    def _implied_court(self, recips) -> list:
        """The judiciary of the convicted party's country (else of the story's), for a sentence told without its
        court; none when no country is known."""
        iso = next(((self._dp.by_id.get(i) or {}).get("country") for i in recips
                    if (self._dp.by_id.get(i) or {}).get("country")), None) or self._dp.scene or self._dp.focus
        if not iso:
            return []
        return [self._dp.implied(("implied-court", iso), name="judiciary", name_ar="القضاء", typ="ORG", country=iso,
                                 sector="JUD")]

    def _reacted_to(self, st, ts) -> bool:
        """Is the ب-word at ts the complement of a reaction verb before it in its clause (أشاد ... بتوصل، رحب بتوقيع)?"""
        toks = st.toks
        for m in st.trigs:
            if m.value.type in REACTION and m.end_tok <= ts and ts - m.end_tok <= 10 and toks[m.start_tok].norm.lstrip(
                    "وف")[:1] not in "بل" and not _full_stop_between(self._text, toks, m.end_tok, ts) and not any(
                    toks[k].norm[:1] == "ب" and len(toks[k].norm) > 3 for k in range(m.end_tok, ts)):
                return True
        return False

    def _is_crowd(self, i) -> bool:
        """Party ``i`` is a crowd: one implied by the coder (_implied_crowd), or named as protesters (متظاهرون،
        المحتجين، معتصمون)."""
        name = _strip_wf(normalize((self._dp.by_id.get(i) or {}).get("name_ar") or "")).removeprefix("ال")
        return i in self._crowd_ids or name.startswith(("متظاهر", "محتج", "معتصم"))

    def _story_protests(self, events: list) -> list:
        """The story's protests give their country to the tellings that lack one. A protest with a crowd and no
        target is against the state it faces, else the government of its place; a protest with a crowd of no
        nationality and no place ("في ظل استمرار الاحتجاجات المنددة بارتفاع الأسعار") is the story's protest nearest
        before it (else after it), against that country's government, and dropped when the story already tells that
        protest with its target and day; a crowd's demand with no addressee is made of that government."""
        dp = self._dp
        held = []  # (trigger start, country) of the story's protests: of the target, else of the crowd
        for ev in sorted(events, key=lambda e: e["trigger"]["start"]):
            if ev["type"] == "PROTEST" and ev["actors"] and not ev["recipients"]:
                ev["recipients"] = self._faced_state(ev) or self._implied_government(ev["actors"], ev["location"])
            if ev["type"] == "PROTEST" or ev["type"] in ("ASSAULT", "COERCE") and ev["recipients"] and all(
                    self._is_crowd(i) for i in ev["recipients"]):
                # (or the protest its crowd suffers from a state's police: "واستخدمت الشرطة الهراوات ضد المحتجين")
                for side in ((ev["actors"],) if ev["type"] != "PROTEST" else (ev["recipients"], ev["actors"])):
                    isos = {(dp.by_id.get(i) or {}).get("country") for i in side} - {None}
                    if len(isos) == 1:
                        held.append((ev["trigger"]["start"], isos.pop()))
                        break

        def nearest(t):  # the country of the story's protest told last before t, else first after it
            return next((c for s0, c in reversed(held) if s0 < t), None) or next((c for s0, c in held if s0 > t), None)

        for ev in [e for e in events if e["type"] == "PROTEST" and e["actors"] and not e["recipients"] and all(
                self._is_crowd(i) and not (dp.by_id.get(i) or {}).get("country") for i in e["actors"])]:
            iso = nearest(ev["trigger"]["start"])
            if not iso:
                continue
            gov = dp.implied_government(iso)
            if any(e is not ev and e["type"] == "PROTEST" and gov in e["recipients"] and e["date"] == ev["date"]
                   and e["negated"] == ev["negated"] and e["hypothetical"] == ev["hypothetical"] for e in events):
                ev["_dup"] = True
                continue
            if all(i in self._crowd_ids for i in ev["actors"]):
                ev["actors"] = [self._implied_crowd(iso)]
            ev["recipients"] = [gov]  # ("وتجمع المحتجون في مكان إقامة الحفل": the crowd named stays)
        events = [e for e in events if not e.get("_dup")]
        for ev in events:
            if ev.get("_crowd_demand") and not ev["recipients"]:
                # "وتجمع المحتجون عند مدخل حقل الزبير في البصرة. ويطالب المتظاهرون بتوزيع الثروات"، "الأردن.. المحتجون
                # يطلبون تغيرا" in a headline
                iso = nearest(ev["trigger"]["start"]) or dp.focus or dp.scene
                # (no protest of the story gives a country: the story's own, "إيران.. احتجاجات الأحواز تتسع" ...
                # "وطالب المتظاهرون بحقهم في تعليم أطفالهم اللغة العربية", s21freshverbal)
                ev["recipients"] = self._implied_government(ev["actors"], ev["location"]) or (
                    [dp.implied_government(iso)] if iso and not {
                        (dp.by_id.get(i) or {}).get("country") for i in ev["actors"]} - {None, iso} else [])
        return events

    def _faced_state(self, ev) -> list:
        """A crowd's protest that names no target, told in a sentence that names one other state by its name or its
        army ("وتجمع آلاف الفلسطينيين ... قرب السياج الفاصل بين إسرائيل والقطاع"، "باتجاه ... نقاط التماس مع الجيش
        الإسرائيلي"): that state is the one it faces, not the crowd's own government. [] when the crowd has no country
        or the sentence names no such state, or more than one."""
        ents = self._dp.by_id
        own = {(ents.get(i) or {}).get("country") for i in ev["actors"]} - {None}
        if len(own) != 1 or not all(i in self._crowd_ids or (ents.get(i) or {}).get("type") == "NORP" for i in ev["actors"]):
            return []
        lo, hi = ev.get("start", 0), ev.get("end", 0)
        found = {}
        for i, e in ents.items():
            iso = e.get("country")
            if not iso or iso in own or not (e.get("type") == "GPE" and e.get("kb_id") == "country:" + iso
                                              or e.get("type") == "ORG" and e.get("sector") == "MIL"):
                continue
            if any(lo <= (m.get("start") or -1) < hi for m in e.get("mentions") or []):
                found.setdefault(iso, []).append(i)
        if len(found) != 1:
            return []
        ids = next(iter(found.values()))
        state = [i for i in ids if (ents.get(i) or {}).get("type") == "GPE"]
        return (state or ids)[:1]

    def _implied_government(self, actors, loc) -> list:
        """A protest that names no target is held against the government of the protesters' own country (the ICEWS
        and PLOVER reading of a domestic demonstration): that government, implied (protesters of no nationality: the
        country of the place the sentence puts the protest in); none when neither gives a country, the protesters
        are officials themselves, or protest abroad (أمام السفارة، في برلين: the target is not home)."""
        ents = self._dp.by_id
        isos = {(ents.get(i) or {}).get("country") for i in actors} - {None}
        if not isos and loc is not None and (ents.get(loc) or {}).get("country"):
            isos = {(ents.get(loc) or {}).get("country")}  # "تظاهر آلاف الطلاب في بغداد": protesters where they live
        if len(isos) != 1 or any((ents.get(i) or {}).get("sector") in ("GOV", "MIL", "COP", "JUD")
                                 or (ents.get(i) or {}).get("type") not in ("NORP", "ORG") for i in actors):
            return []  # (a person or a state told as protesting is a misreading more often than not)
        iso = isos.pop()
        if loc is not None and (ents.get(loc) or {}).get("country") not in (None, iso):
            return []
        return [self._dp.implied_government(iso)]

    def _office_of(self, text, toks, k, eid) -> bool:
        """May the office at token k (with its genitive after it) stand for the party eid named before: the party was
        introduced with the same office ("المتحدث الرسمي باسم الحكومة الفلسطينية يوسف المحمود ... وحمل المتحدث الرسمي"،
        "الرئيس الإندونيسي جوكو ويدودو")، or the office's genitive is a word of its name ("شركة الأندلس ... مدير الشركة")?"""
        e = self._dp.by_id.get(eid) or {}
        head = _strip_wf(toks[k].norm)
        head = head[2:] if head.startswith("ال") else head
        head = head[1:] if head[:1] in "بل" and not head.startswith(("بل", "ليب")) else head
        head = head[2:] if head.startswith("ال") else head
        stem = head[:4]
        for m in e.get("mentions") or []:
            lo = m.get("start")
            if lo is None or lo >= toks[k].start:
                continue
            if stem and stem in normalize(text[max(0, lo - 60):lo]):
                return True
        if k + 1 < len(toks):
            g = toks[k + 1].norm
            g = g[2:] if g.startswith("ال") else g[1:] if g.startswith("لل") else g
            names = " ".join(normalize(x) for x in (e.get("name_ar") or "", *(m.get("text") or "" for m in e.get("mentions") or [])))
            if len(g) >= 3 and g in names.split():
                return True
        return False

    def _placed(self, eid) -> bool:
        """A party the text pins down: a named person, an entity with a country or a Wikidata id."""
        e = self._dp.by_id.get(eid) or {}
        return bool(e.get("country") or e.get("wikidata") or e.get("type") == "PERSON")

    def _state_side(self, g) -> bool:
        """A state, a state body or an office holder, or an international organisation: a party whose protest is
        verbal (it disapproves), not a crowd's."""
        ents = self._dp.by_id

        def side(e):  # (an office holder: "السفير الأميركي في إستونيا" with his title and country)
            return e.get("type") == "GPE" or e.get("sector") in ("GOV", "IGO") or e.get("type") == "PERSON" and bool(
                e.get("roles")) and bool(e.get("country")) and e.get("sector") not in ("CVL", "REB", "MED")
        return all(side(ents.get(i) or {}) or i in self._dp.office_ids for i in g["ids"])

    def _sides(self, eid) -> bool:
        """A collective of the sides of a conflict or talks (الطرفين، الجانبان، كل الأطراف), named without them."""
        e = self._dp.by_id.get(eid) or {}
        return not e.get("sector") and not e.get("country") and any(
            w.startswith(("طرف", "الطرف", "جانب", "الجانب", "اطراف", "الاطراف")) for w in normalize(e.get("name_ar") or "").split())

    @staticmethod
    def _clause_start(text, toks, k, cut) -> bool:
        """Does a verb at token k open a clause (so that it may have no subject of its own): the sentence's start, after
        punctuation, with و or ف, or after a clause opener (حيث، كما، ثم، قد)?"""
        return k <= cut or toks[k].norm[:1] in "وف" or bool(_STRONG.search(text, toks[k - 1].end, toks[k].start)) \
            or toks[k - 1].norm.lstrip("وف") in _CLAUSE_OPENERS

    def _states_ref(self, st, sents) -> None:
        """"هذه الدول"، "الدول الثلاث"، "زعماء هذه الدول": a plural of states with a demonstrative or a count refers back to
        the states named together (A وB وC) before it: the nearest such list in the sentence or the two before (any
        earlier one for a count), when one list fits (with the count, if given). The phrase becomes a Mention of all
        of them, with its own offsets."""
        toks, text, dp = st.toks, self._text, self._dp

        def ref(tj, k):  # is token k a plural of states, and how is it marked: (demonstrative, count), or None
            if not any(r in ("الدول", "البلدان", "دول", "بلدان") for r in readings(tj[k].norm)[:3]):
                return None
            dem = k > 0 and tj[k - 1].norm.lstrip("وفبل") == "هذه" and not _STRONG.search(text, tj[k - 1].end, tj[k].start)
            return dem, _ORDINAL_COUNT.get(tj[k + 1].norm) if k + 1 < len(tj) else None

        for k, t in enumerate(toks):
            r = ref(toks, k)
            if r is None or r == (False, None) or any(x.s <= k < x.e for x in st.ments):
                continue
            dem, num = r
            k0, k1 = k - dem, k + 1 + (num is not None)
            lists = None
            for j in range(st.i, -1 if num else max(-1, st.i - 3), -1):
                sj = sents[j]
                if j == st.i:
                    ments = [x for x in st.ments if x.e <= k0]
                    tj = toks
                else:
                    if sj.start >= sj.end:
                        continue
                    tj = sj.toks or dp.tokens(sj.start, sj.end)
                    ments = sj.ments if sj.ments is not None else dp.mentions(tj)
                found = [g for g in _groups(text, tj, ments) if self._states_list(g, num)]
                end = found[-1]["e"] if found else 0
                if any(ref(tj, x) == (False, None) for x in range(end, k0 if j == st.i else len(tj))):
                    break  # another plural of states comes between ("بعض الدول الغربية ... هذه الدول"): that one is meant
                if found:
                    lists = [g["ids"] for g in found]
                    break
            if not lists or len({tuple(x) for x in lists}) != 1:
                continue
            ids = lists[0]
            e0 = dp.by_id.get(ids[0]) or {}
            m = Mention(k0, k1, ids[0], e0.get("type") or "GPE", e0.get("country"), e0.get("sector"),
                        toks[k0].start + (len(toks[k0].text) - len(toks[k0].text.lstrip("وفبل")) if dem else 0),
                        toks[k1 - 1].end, co=[(i, (dp.by_id.get(i) or {}).get("country")) for i in ids[1:]])
            st.ments = sorted(st.ments + [m], key=lambda x: x.s)

    def _bloc_states(self, st) -> None:
        """"اتهم ترامب دولا في حلف شمال الأطلسي بالتقصير"، "انتقاد دول أعضاء في حلف شمال الأطلسي": an indefinite plural of
        states (دولا، دول، بلدان; أعضاء may follow) before في/من/داخل and an intergovernmental body names some states of
        that body; no state is named, so the body stands for them: its mention is stretched back over the plural, which
        makes it a bare party (the object of the verb) rather than a place or a complement after a preposition."""
        toks, text = st.toks, self._text
        for k, t in enumerate(toks):
            w = t.norm.lstrip("و") if t.norm[:1] == "و" and t.norm[1:] in _BLOC_MEMBER else t.norm
            if w not in _BLOC_MEMBER or any(x.s <= k < x.e for x in st.ments):
                continue
            j = k + 1 + (k + 1 < len(toks) and toks[k + 1].norm in _BLOC_MEMBERS)
            if j + 1 >= len(toks) or toks[j].norm not in _BLOC_LINK or _STRONG.search(text, t.end, toks[j + 1].start):
                continue
            m = next((x for x in st.ments if x.s == j + 1 and x.kind == "ORG" and x.sector == "IGO" and not x.country), None)
            if m is None:
                continue
            new = _dc_replace(m, s=k, start=t.start + (len(t.norm) - len(w)))
            st.ments = sorted([x for x in st.ments if x is not m] + [new], key=lambda x: x.s)

    def _states_list(self, g, num) -> bool:
        """A list of states named together (3 or more, or ``num``), each a different country."""
        ents = self._dp.by_id
        cs = [(ents.get(i) or {}).get("country") for i in g["ids"]]
        return len(g["ids"]) >= 3 and (num is None or len(g["ids"]) == num) and all(cs) \
            and len(set(cs)) == len(cs) and all((ents.get(i) or {}).get("type") in ("GPE", "NORP") for i in g["ids"])

    def _possessive_agent(self, st, toks, groups, ts, te, recips) -> list:
        """A verbal noun of a verbal act carrying a possessive pronoun and followed right away by its object (a party,
        bare or after لـ، إلى، مع، على، بـ، ضد): the pronoun is its agent, the party it takes up (_antecedent): "تبحث اتخاذ
        إجراءات عقابية ضد أوتاوا بعد انتقادها للمملكة" (Ottawa)، "مؤكدا تأييده عودة روسيا إلى مجموعة الثماني" (the
        speaker before). Not a verb with its object pronoun (اتهمتها), not harm, arrest or penalty nouns, whose pronoun
        is the one who undergoes them (اعتقاله، سجنها), nor a private person or the media as agent. [] otherwise."""
        w = toks[ts].norm
        w1 = w[1:] if w[:1] in "وف" and len(w) > 5 else w
        w1 = w1[1:] if w1[:1] in "لب" and len(w1) > 5 and w1[1:] not in VERB_FORMS else w1
        if w in VERB_FORMS or w1 in VERB_FORMS or toks[ts].text.endswith("ة") or w1[:2] == "ال":
            # (a ta marbuta is no pronoun: "المساعدة السابقة للرئيس"; a definite noun carries none)
            return []
        suf = next((x for x in ("هما", "هم", "ها", "ه") if w1.endswith(x)), None)
        stem = w1[:-len(suf)] if suf else ""
        if suf is None or len(stem) < 4 or stem in VERB_FORMS or stem[:1] in "يتن" and stem[1:] in VERB_FORMS:
            return []
        if not any(te <= g["s"] <= te + 1 and set(g["ids"]) <= set(recips)
                   and g["prep"] in (None, "ل", "إلى", "الي", "مع", "على", "علي", "ب", "ضد") for g in groups):
            return []
        ante, _g = self._antecedent(st, ts, suf, recips)
        if not ante or set(ante) & set(recips) or any(
                (self._dp.by_id.get(i) or {}).get("sector") in ("CVL", "MED") for i in ante):
            return []
        return list(ante)

    def _antecedent(self, st, k, suf, exclude, fits=None):
        """The party a pronoun suffix (ه، ها، هم، هما) at token k refers back to: the nearest party before it, in its
        sentence or the one before, that is not a place nor one of ``exclude`` and could be meant; it must fit the
        pronoun (ه: a person; ها: a state or a feminine body; هم: people; هما: two parties). A party that may or may
        not fit (a person before ها: she or it?) stops the search: no guess. Returns (ids, its group with ``toks``, the
        tokens of its sentence) or ([], None)."""
        text, ents = self._text, self._dp.by_id
        cands = [(st.toks, g) for g in _groups(text, st.toks, [m for m in st.ments or [] if m.e <= k])][::-1]
        prev = self._sents[st.i - 1] if 0 < st.i <= len(self._sents) else None
        if prev is not None and prev.ments:
            cands += [(prev.toks, g) for g in _groups(text, prev.toks, prev.ments)][::-1]
        own = [g for t, g in cands if t is st.toks]
        for toks, g in cands:
            ids = [i for i in g["ids"] if i not in exclude]
            if toks is st.toks and any(h["e"] < g["s"] and all(x.kind == "PERSON" for x in h["m"])
                                       and (j := _noun_apposition_end(text, toks, h["e"])) is not None
                                       and g["e"] <= j for h in own):
                continue  # "ألكسندر بينالا، مساعد مدير مكتب الرئيس إيمانويل ماكرون، تم توقيفه": the apposition's head
            if not ids or all(x.kind in ("LOC", "FAC") for x in g["m"]) \
                    or g["prep"] in ("في", "إلى", "من", "ب", "بين") and all(x.kind in ("GPE", "LOC", "FAC") for x in g["m"]):
                continue  # places
            fit = (fits or _pronoun_fits)([ents.get(i) or {} for i in ids], suf)
            if fit is None:
                continue
            return (ids, dict(g, toks=toks)) if fit else ([], None)
        return [], None

    def _pair_noun(self, st, m) -> str | None:
        """The kind of a dual noun that names the two sides of an act without naming them (الجانبان، الطرفين: ORG, any
        two parties; البلدين، الدولتان: GPE, two states; الزعيمان، الرئيسين: PERSON, two persons), or None. Not a
        plural written like a dual (البلدان الأخرى، في البلدان، كل البلدان), nor sides with their nationality
        (الجانبين السوري والروسي: named)."""
        if m.e - m.s != 1 or m.co or m.country or m.sector or not self._dp.own(m.eid):
            return None
        toks = st.toks
        w = toks[m.s].norm
        kind = next((self.lex.pairs[r] for r in readings(w) if r in self.lex.pairs), None)
        if kind is None:
            return None
        if w.lstrip("وف").endswith("ان"):
            # the nominative dual is never governed by a preposition; "البلدان" after one, or with a quantifier or a
            # plural adjective, is the plural "the countries"
            if not w.lstrip("وف").startswith("ال") or m.s > 0 and (
                    toks[m.s - 1].norm in PREPS or toks[m.s - 1].norm.lstrip("و") in _PLURAL_QUANT):
                return None
            if m.e < len(toks) and toks[m.e].norm.startswith("ال") and not toks[m.e].norm.endswith(("ان", "ين")) \
                    and toks[m.e].norm not in _dates_words() \
                    and not _STRONG.search(self._text, toks[m.e - 1].end, toks[m.e].start):
                # (a day after it is no adjective: "والتقى الوزيران الجمعة")
                return None
        elif m.s > 0 and toks[m.s - 1].norm.lstrip("و") in _PLURAL_QUANT:
            return None
        return kind

    def _resolve_pairs(self, st, pos) -> None:
        """A dual noun of two sides (``st.pairs``) refers back to the two parties of the last two-sided act before it
        (التقى A بـB ... حيث أكد الجانبان; اتصال بين A وB. واتفق الطرفان) when exactly one pair fits: the Mention then
        stands for both (the first side as its entity, the second as a coordinated part), keeping its own offsets.
        Before the sentence's events are read (``pos`` None) only the pairs of earlier sentences count, and only for
        a noun no two-sided act of its own sentence precedes; at an event, the acts read before it too."""
        left = []
        for m, kind in st.pairs:
            at = st.toks[m.s].start
            if pos is None and any((tr.value.type in SYMMETRIC or tr.value.type in _DISPUTE_ACTS) and tr.end_tok <= m.s
                                   for tr in st.trigs):
                left.append((m, kind))
                continue
            pair = self._pair_before(st, at, kind)
            if pair is None:
                left.append((m, kind))
                continue
            a, b = (self._dp.by_id.get(i) or {} for i in pair)
            m.eid, m.kind, m.country, m.sector = pair[0], a.get("type") or "ORG", a.get("country"), a.get("sector")
            m.co = [(pair[1], b.get("country"))]
            st.paired.append(m)
        st.pairs = left

    def _pair_before(self, st, at, kind, hostile=True):
        """The two parties a dual noun or verb at offset ``at`` refers to: those of a two-sided act (a symmetric one,
        A → B, a hostile one told as done unless not ``hostile``, or an act of two coordinated actors, A وB) told in the
        same sentence before it or in the two before;
        the nearest sentence with such an act decides, and only when its acts name one pair of the right kind."""
        by_sent: dict = {}
        for e in self._recent_events[::-1]:
            if e["_sent"] < st.i - 2:
                break
            if e["_sent"] == st.i and e["trigger"]["end"] > at or e["_sent"] > st.i:
                continue
            if (e["type"] in SYMMETRIC or hostile and e["type"] in _DISPUTE_ACTS and not e["hypothetical"]
                    and not e["negated"]) \
                    and len(e["actors"]) == 1 and len(e["recipients"]) == 1:
                # (a hostile act only threatened or denied makes no two sides: "ووقف تزويد إيران بتكنولوجيا الصواريخ")
                p = (e["actors"][0], e["recipients"][0])
            elif len(e["actors"]) == 2:
                p = tuple(e["actors"])
            else:
                continue
            p = self._pair_fit(p, kind)
            if p is not None:
                by_sent.setdefault(e["_sent"], []).append(p)
        if not by_sent:
            return self._two_named_before(st, at) if kind == "PERSON" else None
        near = by_sent[max(by_sent)]
        return near[0] if len({frozenset(p) for p in near}) == 1 else None

    def _two_named_before(self, st, at):
        """With no two-sided act before it, a dual noun of persons (وأجرى الرئيسان، الثلاثاء، مشاورات هاتفية) stands for
        the two persons of two states named in the sentence before it (and its own sentence before it) when they are
        the only persons named there: "ذكرت الصحيفة أن الرئيس دونالد ترامب أبلغ نظيره الفرنسي، إيمانويل ماكرون"."""
        if st.i == 0 or st.i - 1 >= len(self._sents):
            return None
        lo = self._sents[st.i - 1].start
        named = []
        for e in self._dp.ents:
            if e.get("type") != "PERSON" or e["id"] in self._dp.office_ids:
                continue
            if any(lo <= (m.get("start") or -1) < at for m in e.get("mentions") or []):
                named.append(e)
        if len(named) != 2:
            return None
        return self._pair_fit((named[0]["id"], named[1]["id"]), "PERSON")

    def _pair_fit(self, pair, kind):
        """The pair as a dual noun of this kind names it (two persons, two states), or None."""
        ents = self._dp.by_id
        a, b = (ents.get(i) or {} for i in pair)
        if pair[0] == pair[1] or not a or not b or a.get("country") and a.get("country") == b.get("country"):
            return None  # (two sides of one state are no pair: "زار مصر والتقى السيسي")
        if kind == "PERSON":
            return pair if a.get("type") == "PERSON" and b.get("type") == "PERSON" else None
        if kind == "GPE":
            ca, cb = a.get("country"), b.get("country")
            if not ca or not cb or ca == cb:
                return None
            return tuple(next((e["id"] for e in self._dp.ents if e.get("kb_id") == "country:" + c), i)
                         if (ents.get(i) or {}).get("type") != "GPE" else i
                         for i, c in zip(pair, (ca, cb)))  # the states, where the text names them (not a capital)
        return pair

    def _addressee_only(self, g) -> bool:
        """"ودعت المجتمع الدولي إلى": the international community is called upon, it does not call."""
        return all((self._dp.by_id.get(i) or {}).get("name") == "المجتمع الدولي" or
                   normalize((self._dp.by_id.get(i) or {}).get("name_ar") or "").endswith("المجتمع الدولي")
                   for i in g["ids"])

    def _agentive(self, m) -> bool:
        """A crowd or armed party that acts when named after an act noun (محتجين، مسلحين، متمردين)."""
        return self._agentive_id(m.eid)

    def _agentive_id(self, eid) -> bool:
        e = self._dp.by_id.get(eid) or {}
        name = normalize(e.get("name_ar") or e.get("name") or "")
        return e.get("sector") in ("REB",) or any(w in name for w in _AGENT_NOUNS)

    def _resignation_taker(self, text, toks, groups, ts, resigner) -> list:
        """The one who accepts or receives a resignation, the subject of a verb of accepting (wordsets
        roles/take_resignation: قبل، تلقى، وافق على) right before the resignation noun (a day or a comma between),
        named right after the verb or before it in the clause: the one the resigner leaves (the annotators' recipient:
        "تلقت منظمة الشرطة الجنائية الدولية استقالة رئيسها"). [] when none."""
        v = next((k for k in range(ts - 1, max(-1, ts - 12), -1) if toks[k].norm.lstrip("وف") in _TAKE_RESIGNATION
                  or toks[k].norm.lstrip("وف") == "علي" and k > 0 and toks[k - 1].norm.lstrip("وف") in _TAKE_RESIGNATION),
                 None)
        if v is None or _full_stop_between(text, toks, v, ts):
            return []
        if toks[v].norm.lstrip("وف") == "علي":
            v -= 1
        if any(g["s"] > v and g["e"] <= ts and g["prep"] is not None for g in groups):
            return []
        subj = next((g for g in groups if g["s"] == v + 1 and g["prep"] is None and g["e"] <= ts), None) or next(
            (g for g in groups[::-1] if g["e"] <= v and g["prep"] is None and v - g["e"] <= 2
             and not _strong_between(text, toks, g["e"] - 1, v)), None)
        if subj is None or set(subj["ids"]) & set(resigner):
            return []
        return list(subj["ids"])

    def _titled_speaker(self, toks, groups, g) -> bool:
        """Is group g a person named as the speaker after a speech verb and his office ("وقال مدير المرصد رامي عبد
        الرحمن"، "وأعلن المتحدث باسم الجيش العقيد X")? Between the verb and g stand only office words (wordsets
        roles/speaker_head, titles) and the groups that name the office's body, at most six tokens."""
        if not g["m"] or not all(x.kind == "PERSON" for x in g["m"]):
            return False  # (the body after باسم may be the author: "وقال المتحدث باسم التحالف إن قوات التحالف دمرت")
        k = g["s"] - 1
        seen = False
        while k >= 0 and g["s"] - k <= 7:
            w = toks[k].norm
            if w in self.lex.speech or w[:1] in "وف" and w[1:] in self.lex.speech:
                return seen
            inner = next((x for x in groups if x["s"] <= k < x["e"] and x["prep"] is None), None)
            if inner is not None:
                seen, k = True, inner["s"] - 1
                continue
            if not (w in _SPEAKER_HEADS or _title_word(w)):
                return False
            seen, k = True, k - 1
        return False

    def _nationality(self, toks, m) -> bool:
        """Is the mention a nationality adjective (الأمريكية، التركي)? Not a group of people named with one (23 دبلوماسيا
        بريطانيا، صحفيين أتراك: a NORP with the sector of its noun)."""
        if m.kind == "NORP":
            return not m.sector
        h = self.lex.gaz.longest_at(toks, m.s)
        return bool(h and h[1].type == "NORP")

    def _strike_sides(self, text, toks, groups, ts, te):
        """(author ids, target ids) of a verb of aiming (استهدف) whose subject is a strike noun with its author
        (غارات إسرائيلية، الغارة التركية، قصف لقوات النظام) right before or after the verb, and whose object is a
        party or a military site of one (مواقع لحزب الله، منشآت تابعة لحماس), else None."""
        n = len(toks)

        def strike(k):  # a strike noun at k, its adjective (جوية، صاروخية) skipped: the index after them
            if k < 0 or k >= n or not any(r in _STRIKE_NOUNS for r in readings(toks[k].norm.lstrip("وف"))):
                return None
            k += 1
            while k < n and toks[k].norm.removeprefix("ال").startswith(_STRIKE_ADJ):
                k += 1
            return k

        def author(k):  # the group right after a strike noun that names its author
            g = next((g for g in groups if g["s"] == k and (g["prep"] == "ل" or g["prep"] is None and all(
                self._nationality(toks, x) and x.country for x in g["m"]))), None)
            return g

        a = None
        k = te
        while k < n and k - te < 3 and (toks[k].norm in self.lex.datecue_words or toks[k].norm in _DAY_FILLERS):
            k += 1
        j = strike(k)
        if j is not None:  # VSO: استهدفت الغارات الإسرائيلية ...
            a = author(j)
            obj_from = a["e"] if a is not None else None
        else:  # SVO: غارات إسرائيلية تستهدف ...
            a = next((g for g in groups if g["e"] == ts and g["s"] > 0 and not _strong_between(text, toks, g["e"], ts)
                      and strike(next((i for i in range(g["s"] - 1, max(-1, g["s"] - 3), -1)
                                       if any(r in _STRIKE_NOUNS for r in readings(toks[i].norm.lstrip("وف")))), -1))
                      == g["s"] and author(g["s"]) is g), None)
            obj_from = te
        if a is None:
            return None
        k = obj_from
        while k < n and k - obj_from < 3 and (toks[k].norm in self.lex.datecue_words or toks[k].norm in _DAY_FILLERS):
            k += 1
        if k < n and _STRONG.search(text, toks[k - 1].end, toks[k].start):
            return None
        # the object: a party, or a site of one (مواقع لحماس، نقطة مراقبة تابعة لسرايا القدس، ثلاث قواعد لحماس)
        g = next((g for g in groups if g["s"] == k and g["prep"] is None
                  and not all(x.kind in ("GPE", "LOC", "FAC") for x in g["m"])), None)
        if g is None:
            j = k
            while j < n and j - k < 4 and (toks[j].norm.isdigit() or toks[j].norm in _CARDINALS
                                           or toks[j].norm.removeprefix("ال") in _TARGET_NOUNS | _SITE_WORDS):
                j += 1
            if j == k or not any(toks[i].norm.removeprefix("ال") in _TARGET_NOUNS | _SITE_WORDS for i in range(k, j)):
                return None
            if j < n and toks[j].norm in ("تابعه", "التابعه", "تابع", "التابع", "تابعا", "تابعين", "تابعتين"):
                j += 1
            g = next((g for g in groups if g["s"] == j and g["prep"] == "ل"), None)
        if g is None or set(g["ids"]) & set(a["ids"]) or _full_stop_between(text, toks, te, g["s"]):
            return None
        return list(a["ids"]), list(g["ids"])

    def _count_start(self, text, st, te) -> int | None:
        """Where the count of a crowd after a protest verb may start (_crowd_subject, _counted_crowd): the token after
        the verb and up to two time words (تظاهر الأحد الآلاف), with no clause break before it. None when there is no
        such token, or when a gathering verb has no stated protest after it."""
        toks = st.toks
        n = len(toks)
        if toks[te - 1].norm.lstrip("وف").startswith(_GATHER) and not any(
                m2.start_tok >= te and m2.value.type in ("PROTEST", "REQUEST", "ACCUSE", "REJECT") for m2 in st.trigs):
            return None  # a crowd that gathers for no stated protest (احتشد آلاف على طريق المطار، هربا من القصف)
        k = te
        while k < n and k - te < 2 and (toks[k].norm in self.lex.datecue_words or toks[k].norm in _DAY_FILLERS):
            k += 1
        if k >= n or _STRONG.search(text, toks[k - 1].end, toks[k].start):
            return None
        return k

    def _crowd_subject(self, text, st, groups, locs, te) -> str | None:
        """A protest verb whose subject is a bare count ("تظاهر الآلاف في برشلونة"، "خرج مئات الآلاف"، "احتشد أكثر من
        ألفي شخص"): an implied party of protesters, of the country where they protest (the place named in the clause;
        none when no place is named). None when no such count follows the verb."""
        toks = st.toks
        n = len(toks)
        k = self._count_start(text, st, te)
        if k is None:
            return None
        w = toks[k].norm
        if w in ("اكثر", "نحو", "قرابه", "حوالي", "زهاء"):
            k += 2 if w == "اكثر" and k + 1 < n and toks[k + 1].norm == "من" else 1
            if k >= n or not (toks[k].norm.isdigit() or toks[k].norm in _CROWD_COUNTS or toks[k].norm in _CARDINALS
                              or toks[k].norm.startswith(("الف", "الفي", "مليون"))):
                return None
        elif w not in _CROWD_COUNTS:
            return None
        while k + 1 < n and toks[k + 1].norm in _CROWD_COUNTS:
            k += 1  # "مئات الآلاف"
        if any(g["s"] <= k < g["e"] or g["s"] == k + 1 and g["prep"] in (None, "من") for g in groups) \
                or k + 1 < n and toks[k + 1].norm == "من":
            return None  # (a named crowd: "تظاهر آلاف الفلسطينيين"، "المئات من الإيرانيين" is a party of its own;
            # "عشرات الآلاف من أنصار المعارضة": the crowd is of those named after it)
        return self._implied_crowd(_country_after(text, toks, locs, k))

    def _purpose_day(self, text, st, te, date_text) -> bool:
        """Is the time expression ``date_text`` named only inside the object of a protest's purpose phrase at or after
        the trigger (احتجاجا على X، للتنديد بـX، رفضا لـX) and not before it in the sentence?"""
        toks = st.toks
        for m2 in st.trigs:
            if m2.end_tok < te or m2.end_tok >= len(toks) or m2.value.type not in ("PROTEST", "ACCUSE", "REJECT"):
                continue
            w = toks[m2.start_tok].norm.lstrip("و")
            nx = toks[m2.end_tok].norm
            if not w.startswith(_PURPOSE_WORDS) or not (nx in ("علي", "ضد") or nx[:1] in "بل" and len(nx) > 3):
                continue
            obj = toks[m2.end_tok].end
            return _WEEKDAY.search(date_text) is not None and text.find(date_text, obj, st.end) >= 0 \
                and text.find(date_text, st.start, obj) < 0  # (a weekday: "احتجاجا على الإطاحة به في الثالث من تموز
            # 2013" names the day of background that may be the protest's own)
        return False

    def _counted_crowd(self, text, st, groups, te):
        """The group named after a count right after a protest verb ("احتشد عدد كبير من المواطنين"، "خرج الآلاف من
        أنصار المعارضة"، "تظاهر عشرات الآلاف من المحتجين الرومانيين"): its subject, the crowd that protests (not
        officials or forces: "احتشد العشرات من عناصر الشرطة"). A gathering verb needs a stated protest after it, as
        for a bare count (_crowd_subject). None when no such count follows the verb."""
        from .classify import _word_kind
        toks = st.toks
        n = len(toks)
        k = self._count_start(text, st, te)
        if k is None:
            return None
        if toks[k].norm in ("عده", "بضع", "بضعه"):
            k += 1  # "عدة آلاف من"، "بضع مئات من"
        if k < n and toks[k].norm in ("عدد", "اعداد"):
            k += 1
            if k < n and toks[k].norm in _CROWD_SIZE:
                k += 1  # "عدد كبير من"، "أعداد غفيرة من"
        elif k < n and (toks[k].norm in _CROWD_COUNTS or toks[k].norm in QUANT):
            while k + 1 < n and toks[k + 1].norm in _CROWD_COUNTS:
                k += 1  # "عشرات الآلاف من"
            k += 1
        else:
            return None
        if k < n and toks[k - 1].norm in _CROWD_COUNTS and toks[k].norm != "من" and (
                _word_kind(toks[te - 1].norm) == "occur"
                or any(m2.value.type == "PROTEST" and m2.start_tok == te - 1 for m2 in st.trigs)):
            # "خرج آلاف الفلسطينيين في غزة في مسيرات": the count's genitive (a people or a crowd) is the crowd
            g = next((g for g in groups if g["s"] <= k < g["e"] and g["prep"] is None), None)
            if g is not None and g["m"] and all(x.kind == "NORP" for x in g["m"]) and not any(
                    (self._dp.by_id.get(i) or {}).get("sector") in ("GOV", "MIL", "COP") for i in g["ids"]) \
                    and not _STRONG.search(text, toks[k - 1].end, toks[k].start):
                return g
            return None
        if k >= n or toks[k].norm != "من" or _STRONG.search(text, toks[k - 1].end, toks[k].start):
            return None
        k += 1
        if k < n and toks[k].norm in _FOLLOWERS:
            k += 1  # "من أنصار المعارضة"
        g = next((g for g in groups if g["s"] == k), None)
        if g is None or all(x.kind in ("GPE", "LOC", "FAC") for x in g["m"]) or any(
                (self._dp.by_id.get(i) or {}).get("sector") in ("GOV", "MIL", "COP") or i in self._dp.office_ids
                for i in g["ids"]):
            return None  # (counted judges or lawyers do protest: "رافق العشرات من قضاة المحكمة العليا ... في تظاهرة")
        return g

    def _crowd_of_occurrence(self, text, toks, groups, locs, ts) -> str | None:
        """A protest noun that is the subject of an occurrence verb right before it ("وخرجت احتجاجات ضد الحكومة"،
        "اندلعت مظاهرات في البصرة"، "تجددت الاحتجاجات"): the crowd it implies, an implied party of protesters of the
        country where they protest (the place named in the clause; none when no place is named). None otherwise."""
        from .classify import _word_kind
        k = ts - 1
        while k >= 0 and ts - k <= 2 and (toks[k].norm in self.lex.datecue_words or toks[k].norm in _DAY_FILLERS):
            k -= 1
        if k < 0 or _STRONG.search(text, toks[k].end, toks[ts].start) or toks[ts].norm.lstrip("وف")[:1] in "بل":
            return None
        w = toks[k].norm
        if _word_kind(w) != "occur" or w.lstrip("وف").startswith(("ال",) + _OCCUR_TRANSITIVE) \
                or k > 0 and toks[k - 1].norm in _NOUN_PREPS:
            return None  # (a verb, not its noun: "في تجدد للاحتجاجات"، "على وقع الاحتجاجات")
        if any(g["e"] == k or g["s"] <= ts < g["e"] for g in groups):
            return None  # (a subject before the verb or a named crowd: "نظم العمال احتجاجا")
        return self._implied_crowd(_country_after(text, toks, locs, ts))

    def _unnamed_detainees(self, text, toks, groups, te, actors, convicted=False) -> list:
        """Those arrested when the text counts or describes them without naming a party ("اعتقال أعداد كبيرة وصفتهم
        بأنهم"، "عن اعتقال من وصفهم بمثيري أعمال الشغب"، "اعتقلت الشرطة العشرات"): people of the country of the state
        body that arrests them (an implied party); [] when the arresting side is not one state's body or authority or
        a party is named right after the act."""
        ents = self._dp.by_id
        isos = {(ents.get(i) or {}).get("country") for i in actors}
        if len(isos) != 1 or not all((ents.get(i) or {}).get("sector") in ("GOV", "COP", "MIL", "JUD") for i in actors):
            return []
        iso = isos.pop() or self._dp.scene or self._dp.focus  # (السلطات في إيران, the prosecutor: the story's state)
        there = next((x.country for g in groups if g["s"] >= te and g["prep"] == "في" for x in g["m"]
                      if x.kind == "GPE" and x.country), None)
        iso = there or iso  # (the state where the act is told: "داهمت الشرطة منازل في بلجيكا")
        if not iso:
            return []
        k = te
        sj = next((g for g in groups if g["s"] == te and set(g["ids"]) & set(actors)), None)
        if sj is not None:
            k = sj["e"]  # (the verb's subject first: "واعتقلت الشرطة الإيرانية العشرات")
        while k < len(toks) and k - te < 6 and (toks[k].norm in self.lex.datecue_words or toks[k].norm in _DAY_FILLERS):
            k += 1
        if convicted:  # (the penalty's words before its convicts: "بالسجن المؤبد على 72 مدانا"، "بالسجن 10 سنوات على")
            while k < len(toks) and k - te < 6 and (toks[k].norm in _PENALTY_WORDS or toks[k].norm.isdigit()) \
                    and not _STRONG.search(text, toks[k - 1].end, toks[k].start):
                k += 1
        if k < len(toks) and toks[k].norm == "علي" and (convicted or toks[k - 1].norm.lstrip("و").endswith("القبض")):
            k += 1  # (ألقت الشرطة الهندية القبض على، حكما بالإعدام على 13 متهما)
        if k >= len(toks) or _STRONG.search(text, toks[k - 1].end, toks[k].start) \
                or any(g["s"] <= k < g["e"] for g in groups):
            return []
        w = toks[k].norm.lstrip("و")
        if w.removeprefix("ال") in _RAIDED and k + 1 < len(toks):
            owner = next((g for g in groups if g["s"] == k + 1 and g["prep"] is None), None)
            if owner is not None:  # "داهمت قوات الأمن منازل ناشطين معارضين": the people whose homes they are
                return [] if any(x.kind in ("GPE", "LOC", "FAC") for x in owner["m"]) else list(owner["ids"])
            k += 1
            w = toks[k].norm  # "منازل أعضاء في جماعة": the people named by a common noun
            if w.removeprefix("ال") not in _DETAINED:
                return []
        person = w.removeprefix("ال") in _DETAINED
        if not (w in _CROWD_COUNTS or w in ("اعداد", "عدد", "من", "عددا") or w.isdigit() or w in _CARDINALS or person):
            return []
        if w.isdigit() or w in _CROWD_COUNTS or w in _CARDINALS:
            if k + 1 < len(toks) and toks[k + 1].norm.removeprefix("ال") in _RAIDED:
                return []  # ("داهمت الشرطة ثلاثة منازل": homes whose people the text does not say)
            person = k + 1 < len(toks) and toks[k + 1].norm.removeprefix("ال") in _DETAINED
        nxt = next((g for g in groups if g["s"] == k + 1 and g["prep"] is None), None) if person else None
        if nxt is not None and all(x.kind == "NORP" for x in nxt["m"]) and all(
                (ents.get(i) or {}).get("country") for i in nxt["ids"]):
            return list(nxt["ids"])  # "محامية إيرانية": the people its nationality names
        if any(g["s"] == k + 1 for g in groups):
            return []
        eid = self._dp.implied(("convicts", iso), name="convicts", name_ar="محكومون", typ="NORP", country=iso,
                               sector="CVL") if convicted else \
            self._dp.implied(("detainees", iso), name="detainees", name_ar="معتقلون", typ="NORP", country=iso, sector="CVL")
        self._detainee_ids.add(eid)
        return [eid]

    def _continued_by(self, text, toks, groups, locs, ts) -> list | None:
        """The subject of a verb of continuing (واصل، يواصل، تواصل) opening the clause before a protest noun that carries
        its pronoun (تظاهراتهم، احتجاجاتها، اعتصامهم): a people, a crowd or a group named right after the verb, or a bare
        count of people (واصل الآلاف احتجاجاتهم); None otherwise."""
        w = toks[ts].norm.lstrip("و")
        if not w.startswith(_PROTEST_NOUNS + ("اضراب", "الاضراب")) or not w.endswith(("هم", "ها", "هن")):
            return None
        for k in range(ts - 1, max(-1, ts - 14), -1):
            if _STRONG.search(text, toks[k].end, toks[k + 1].start):
                return None
            v = toks[k].norm
            if (v in _CONTINUE or v[:1] in "وف" and v[1:] in _CONTINUE) and _occurrence_opens(text, toks, k):
                g = next((g for g in groups if g["s"] > k and g["e"] <= ts and g["prep"] is None), None)
                if k + 1 < ts and (g is None or g["s"] > k + 1) and toks[k + 1].norm in _CROWD_WORDS:
                    # "يواصل العرب في إقليم الأحواز جنوب إيران ... تظاهراتهم": a people or a crowd not named as a
                    # party: the protesters of the country named after it
                    return [self._implied_crowd(_country_after(text, toks, locs, k + 1))]
                if g is None or g["s"] - k > 3 or g in locs or any(
                        (self._dp.by_id.get(i) or {}).get("sector") in ("GOV", "MIL", "COP")
                        or (self._dp.by_id.get(i) or {}).get("type") not in ("NORP", "ORG") for i in g["ids"]):
                    return None
                return list(g["ids"])
        return None

    def _occurs_opening(self, text, toks, ts) -> bool:
        """The protest noun at ts is the subject of an intransitive occurrence verb right before it (as in
        _crowd_of_occurrence: اندلعت، استمرت، تواصلت، تجددت، خرجت) that opens its clause (_occurrence_opens): a protest
        told as taking place, whatever the classifier reads of the sentence (_decide: pin "occur")."""
        from .classify import _word_kind
        if toks[ts].norm.lstrip("وف")[:1] in "بل" or not toks[ts].norm.lstrip("و").startswith(_PROTEST_NOUNS):
            return False
        k = ts - 1
        while k >= 0 and ts - k <= 2 and (toks[k].norm in self.lex.datecue_words or toks[k].norm in _DAY_FILLERS):
            k -= 1
        if k < 0 or _STRONG.search(text, toks[k].end, toks[ts].start):
            return False
        w = toks[k].norm
        if _word_kind(w) != "occur" or w.lstrip("وف").startswith(("ال", "جر", "يجر", "تجر") + _OCCUR_TRANSITIVE):
            return False  # (جرت التظاهرات: how a protest went, told of one already named)
        return _occurrence_opens(text, toks, k)

    def _victim_kind(self, eid) -> bool:
        """A party of people or civilians only (أشخاص، 5 مدنيين، الضحايا، المواطنين): the kind an attack's toll counts,
        never its author (not protesters or residents, who may clash)."""
        e = self._dp.by_id.get(eid) or {}
        if e.get("sector") not in ("CVL", "MED") or e.get("type") not in ("NORP", "ORG"):
            return False
        name = normalize(e.get("name_ar") or e.get("name") or "")
        return any(w.removeprefix("ال").startswith(_VICTIM_STEMS) for w in name.split())

    def _strikers(self, actors, told, strike=True) -> bool:
        """Does a strike or a sit-in told as taking place (gatherings.strike_told: "verb" / "word" / None) have its
        crowd as actors: an implied crowd, workers, civilians or a union (not victims), or for a strike a person when a
        verb of the clause tells it (بدأ الزفزافي إضرابا عن الطعام; not "شارك عشرات الصحافيين في وقفة احتجاجية على مقتل
        الصحفي ياسر مرتجى")?"""
        if not told:
            return False
        ents = self._dp.by_id
        for i in actors:
            e = ents.get(i) or {}
            if i in self._crowd_ids or e.get("type") in ("NORP", "ORG") and e.get("sector") in ("LAB", "CVL") \
                    and not self._victim_kind(i):
                continue
            if strike and e.get("type") == "PERSON" and told == "verb" and e.get("sector") not in ("EDU", "MED"):
                continue
            if told == "verb" and e.get("type") == "NORP" and e.get("country") and not e.get("sector"):
                continue  # (s22coop) a people, the subject of a verb of the clause: "نفذ مئات اليمنيين، الثلاثاء، وقفة
                # احتجاجية أمام مكتب المفوضية"، "نظم فلسطينيون اعتصاما أمام مقر الصليب الأحمر"
            return False
        return True

    def _demanding_crowd(self, actors, st) -> bool:
        """Are the authors of a demand a crowd (implied protesters, civilians, workers or a union, not victims), or
        people named by their nationality in a sentence that tells a protest ("آلاف الأرمينيين يواصلون احتجاجاتهم
        مطالبين باستقالة الحكومة")?"""
        ents = self._dp.by_id
        protest = any(m.value.type == "PROTEST" for m in st.trigs)
        for i in actors:
            e = ents.get(i) or {}
            if i in self._crowd_ids or e.get("type") in ("NORP", "ORG") and e.get("sector") in ("LAB", "CVL") \
                    and not self._victim_kind(i):
                continue
            if protest and e.get("type") == "NORP" and not e.get("sector") and not self._victim_kind(i):
                continue
            return False
        return True

    def _implied_crowd(self, iso) -> str:
        """The protesters of a country (or of none), a party the text implies; never an antecedent (last_actor)."""
        eid = self._dp.implied(("crowd", iso), name="protesters", name_ar="محتجون", typ="NORP", country=iso,
                               sector="CVL")
        self._crowd_ids.add(eid)
        return eid

    def _protesters(self, actors, recips):
        """A crowd protests (PLOVER PROTEST), never a state or an office: a place read as the protest's author (وشهدت
        البصرة مظاهرات، احتجاجات الأردن، يعم الإضراب قطاع غزة) stands for the protesters of its country; an office
        holder or an official body read so (الملك يلتقي رئيس الوزراء وسط احتجاجات، تظاهرة احتجاجا على سياسة ترامب) is
        no protester: the protest's target when it names none. (actors, recipients)."""
        ents = self._dp.by_id

        def official(i):
            e = ents.get(i) or {}
            if e.get("type") == "PERSON":  # (an opposition leader or a cleric may lead a protest; a head of state not)
                roles = " ".join(e.get("roles") or [])
                return (i in self._dp.office_ids or any(r in roles for r in _STATE_ROLES)) and "Opposition" not in roles \
                    and e.get("sector") not in ("OPP", "CVL", "LAB", "REB")
            return e.get("type") == "ORG" and e.get("sector") in ("GOV", "COP", "MIL")  # (judges, deputies do protest)

        offs = [i for i in actors if official(i)]
        places = [i for i in actors if (ents.get(i) or {}).get("type") == "GPE" and i not in offs]
        if not offs and not places:
            return actors, recips
        rest = [i for i in actors if i not in offs and i not in places]
        isos = sorted({(ents.get(i) or {}).get("country") for i in places} - {None})
        crowd = [self._implied_crowd(iso) for iso in isos] if not rest else []
        if offs and not recips:
            recips = list(offs)
        if not rest and not crowd:
            crowd = [self._implied_crowd(None)]  # (the officials were the target: "احتجاجات على سياسة الرئيس")
        return rest + [c for c in crowd if c not in recips], recips

    def _protested_body(self, toks, groups, recips) -> bool:
        """Are the recipients an authority (a government, parliament, court or force) or a place named as the seat
        of one (أمام مبنى محافظة البصرة، مقر الولاية)? Not a place only (في الحدود مع غزة)."""
        ents = self._dp.by_id
        for i in recips:
            e = ents.get(i) or {}
            if e.get("sector") in ("GOV", "LEG", "JUD", "COP", "MIL"):
                continue
            g = next((g for g in groups if i in g["ids"]), None)
            if g is None or not any(toks[k].norm.lstrip("وفبل") in _SEATS for k in range(max(0, g["s"] - 2), g["s"])):
                return False
        return bool(recips)

    def _crowd(self, actors) -> bool:
        """Are the actors a crowd (protesters, residents, workers, opponents; not a state, an official body or a
        named person)?"""
        ents = self._dp.by_id
        return bool(actors) and all((ents.get(i) or {}).get("type") in ("NORP", "ORG") and (ents.get(i) or {}).get(
            "sector") in ("CVL", "OPP", "LAB", "MED") for i in actors)

    def _concern_blamed(self, toks, groups, te, actors, recips) -> list:
        """The parties a stated concern blames (``أعربت وزارة الخارجية الفرنسية عن قلقها بشأن برنامج الصواريخ الباليستية
        الإيراني``، ``عن قلقه من تصاعد القتال من جانب الحكومة السورية``): not the ones it is felt for, named after a noun
        of fate, harm or people (``حيال مصير نحو 6 آلاف لاجئ فلسطيني``، ``بشأن مصير الصحفي السعودي جمال خاشقجي``، ``إزاء
        قانون جديد خاص بعقارات السوريين``), civilians, journalists or refugees, a people named by a plural demonym, nor
        the concerned party's own country (``أعربت كندا عن قلقها ... بعد إعلان طرد سفيرها``)."""
        ents = self._dp.by_id
        own = {(ents.get(i) or {}).get("country") for i in actors} - {None}
        feared = set()
        for g in groups:
            if g["s"] < te:
                continue
            prev = [toks[k].norm for k in range(max(te, g["s"] - 2), g["s"] + 1)]  # (its own head: "لاجئ فلسطيني")
            if any(w in _CONCERN_PATIENT or w[:1] in "وبل" and w[1:] in _CONCERN_PATIENT
                   or w[:2] == "ال" and w[2:] in _CONCERN_PATIENT or w[:3] in ("بال", "وال") and w[3:] in _CONCERN_PATIENT
                   for w in prev):
                feared.update(g["ids"])
        out = []
        for r in recips:
            e = ents.get(r) or {}
            if r in feared or e.get("sector") in ("CVL", "MED", "REF") or e.get("country") in own \
                    or e.get("type") == "NORP" and (e.get("status") == "nominal" or any(
                        normalize((m.get("text") or "").split()[-1]).endswith(("ين", "يون")) for m in e.get("mentions") or []
                        if m.get("text"))):
                continue
            out.append(r)
        return out

    def _same_state(self, actors, recips) -> bool:
        """One state on both sides ("AID Qatar -> Qatar", "the king supports the kingdom")."""
        ents = self._dp.by_id

        def states(ids, kinds):
            out = set()
            for i in ids:
                e = ents.get(i) or {}
                if (kinds and e.get("type") not in kinds) or not e.get("country"):
                    return None
                out.add(e["country"])
            return out
        if any((ents.get(i) or {}).get("sector") in ("REB", "OPP") for i in actors) and all(
                (ents.get(i) or {}).get("sector") == "CVL"
                or (ents.get(i) or {}).get("type") == "NORP" and not (ents.get(i) or {}).get("sector") for i in recips):
            return False  # an armed group against its own country's civilians (ميليشيات الحوثي → المواطنين اليمنيين), or an
            # armed group or the opposition toward its own state's forces, regime or people named by their demonym: a
            # domestic act, no misreading ("هاجمت حركة الشباب ... موكبا عسكريا خارج العاصمة الصومالية"، "اتهم المجلس الوطني
            # للمقاومة الإيرانية المعارض ... النظام الإيراني"، "اشتباكات بين عصائب أهل الحق وعشيرة عراقية")
        a, r = states(actors, None), states(recips, ("GPE", "NORP"))
        return bool(a and r and a == r)

    def _state_to_own_organ(self, typ, actors, recips) -> bool:
        """Is every actor a state itself (its KB country entry, its capital or seat, or for a refusal or a threat its
        demonym) and every recipient a government, military or police body of that same state?"""
        ents = self._dp.by_id
        states = set()
        for i in actors:
            e = ents.get(i) or {}
            kb = str(e.get("kb_id") or "")
            if not e.get("country") or e.get("sector"):
                return False
            if not (e.get("type") == "GPE" and (kb.startswith("country:") or kb in _seat_places())
                    or e.get("type") == "NORP" and typ != "REQUEST"):
                return False  # (not a town or a region with a government of its own: "أربيل ترفض قرار الحكومة
                # العراقية"; nor a people asking its own government: "العراقيون يطالبون الحكومة")
            states.add(e["country"])
        if len(states) != 1:
            return False
        return all((e := ents.get(i) or {}).get("type") == "ORG" and e.get("sector") in ("GOV", "MIL", "COP")
                   and e.get("country") in states for i in recips)

    def _reaction_over(self, text, toks, groups, ts, light_ok=False):
        """The token of a verb or noun of condemning or welcoming before token ``ts`` with only its subject, manner words
        or a day between ("ندد الاتحاد الأوروبي باعتقال"، "أدانت الثلاثاء بشدة اعتقال"، "معارضون يشجبون اعتقال"),
        whose object the word at ``ts`` is; else None."""
        inside = {k for g in groups if g["prep"] is None and g["e"] <= ts for k in range(g["s"], g["e"])}
        if light_ok and (light := _embedded.light_before(toks, groups, ts)) is not None:
            ts = light  # "أدان أعضاء مجلس الأمن إطلاق الحوثيين لصواريخ": the light noun carries the act (s23embedded)
        for k in range(ts - 1, max(-1, ts - 12), -1):
            if k in inside:
                continue
            w = toks[k].norm
            bare = w[1:] if w[:1] in "وف" and len(w) > 3 else w
            if _condemn_word(w, self.lex.condemn) or bare in _WELCOME_WORDS:
                return k if not re.search(r"[،,.:؛;]", text[toks[k].end:toks[ts].start]) or _embedded.dated_commas(
                    text, toks, k, ts, self.lex.datecue_words) else None
                # (not past a comma: "ندد الوزير بالهجوم، واعتقلت الشرطة ..." is another clause; but the commas around
                # a day: "دانت وزارة الخارجية الأميركية، الاثنين، إطلاق", s23embedded)
            if not (self.lex.condemn.get(w) in ("skip", "skip2") or w in _CONDEMN_MANNER or w in self.lex.datecue_words):
                return None
        return None

    def _time_gap(self, toks, e, s) -> bool:
        """Only one or two time words (أمس، اليوم، الأحد، مساء الاثنين) between token ``e`` and the mention at ``s``."""
        return 0 < s - e <= 2 and all(toks[k].norm in self.lex.datecue_words or self.lex.stop.get(toks[k].norm) == "t"
                                      for k in range(e, s))

    def _adjacent(self, toks, te, s, verb=False, holder=False, meeting=False) -> bool:
        """Only time words and punctuation between the trigger and a following mention (VSO subject); after a ``verb``
        also the title whose state the mention names; after a ``meeting`` noun also the heads of the states with لـ
        ("اجتماع لوزراء خارجية مصر والسودان وإثيوبيا": the meeting of those states' ministers, s20gather)."""
        if s - te > 4:
            return False
        for k in range(te, s):
            w = toks[k].norm
            if meeting and k == te and w[:1] == "ل" and w[1:] in _CO_HEADS:
                w = w[1:]
            if k == te and s - te == 1 and w.lstrip("و") in _DELEGATES and w.lstrip("و") != "دول":
                continue  # "وحث زعماء هذه الدول روسيا": the leaders of the party named after them act for it
            if verb and k == s - 1 and _title_word(w) and not w.startswith(("ال", "وال")) \
                    and (g := self.lex.gaz.longest_at(toks, s)) and g[1].type == "GPE":
                continue  # "استقبل رئيس إريتريا إسياس أفورقي": after a verb, a title in construct with the state opens
                # its subject (after a verbal noun it is the genitive: "الحكم بسجن رئيس البرازيل السابق")
            if verb and holder and k == s - 1 and _title_word(w) and not w.startswith(("ال", "وال")):
                continue  # "وانتقد زعيم المعارضة البريطانية جيريمي كوربن": the title of the person named after its body
            if self.lex.stop.get(w) != "t" and w not in self.lex.datecue_words and not w.isdigit() \
                    and w not in ("فيها", "فيه", "خلالها", "خلاله", "بموجبه", "بموجبها") \
                    and w not in QUANT and not (w == "من" and k > te and toks[k - 1].norm in QUANT | {"كل"}) \
                    and not (_co_head(w) and k + 1 < len(toks) and all(
                        _co_head(toks[j].norm) or toks[j].norm == "من" or j == te and meeting and toks[j].norm[:1] == "ل"
                        for j in range(k, s))):
                # "اجتمع وزراء خارجية مصر والأردن والعراق"، "اتفق وزيرا خارجية روسيا وتركيا"، "أدانت كل من السعودية
                # والإمارات": the heads of a list of states (their envoys, or كل من) before the states themselves
                return False
        return True

    def _factuality(self, st, ts, te, typ=None):
        if typ == "REQUEST" and st.toks and _appeals.is_necessity(st.toks[ts].norm) and getattr(st, "trigs", None):
            # a noun of necessity is the demand itself, not the content of the demanding verb before it ("طالب الجبير بضرورة
            # تنفيذ إيران"، "ضرورة التزام روسيا ... وضرورة انسحاب"): read without the sentence's REQUEST triggers, then
            # with the demanding verb's own negation or mood ("لم يطالب الجبير بضرورة"، "قد يطالب")
            saved = st.trigs
            st.trigs = [m for m in saved if m.value.type != "REQUEST"]
            try:
                negated, hyp, hist = self._factuality_of(st, ts, te, typ)
            finally:
                st.trigs = saved
            head = next((m for m in saved[::-1] if m.end_tok <= ts and ts - m.end_tok <= 14 and m.value.type == "REQUEST"
                         and not _full_stop_between(self._text, st.toks, m.end_tok, ts)
                         and not _appeals.is_necessity(st.toks[m.start_tok].norm)), None)
            if head is not None:
                hneg, hhyp, _ = self._factuality_of(st, head.start_tok, head.end_tok, "REQUEST")
                negated, hyp = negated or hneg, hyp or hhyp
            return negated, hyp, hist
        return self._factuality_of(st, ts, te, typ)

    def _factuality_without(self, st, ts, te, typ, rv) -> bool:
        """Hypothetical or not, read without the triggers of the reaction word at token ``rv`` (whose object the act
        is: a condemned or welcomed act is no topic of that reaction, s23embedded)."""
        saved = st.trigs
        st.trigs = [m for m in saved if not (m.start_tok <= rv < m.end_tok)]
        try:
            return self._factuality_of(st, ts, te, typ)[1]
        finally:
            st.trigs = saved

    def _factuality_of(self, st, ts, te, typ=None):
        # (an order, REQUEST order of fallback_triggers.tsv, is no verbal head here: the act an authority orders is told
        # as done, "أمرت محكمة في موسكو باعتقال لاعبي المنتخب"، "أمرت النيابة العامة بحبس ضابطين"; s23rec)
        trigs = [m for m in getattr(st, "trigs", None) or () if m.value.mode != "order"]
        toks = st.toks
        lex = self.lex
        negated = hyp = hist = False
        lo = max(0, ts - 12)
        for m in lex.cues.find_all(toks[lo:ts]):
            k = m.value
            pos = lo + m.start_tok
            dist = ts - (lo + m.end_tok)
            if _strong_between(st_text(self), toks, lo + m.end_tok, ts) and k != "hist":
                continue
            if k == "neg" and dist <= 2:
                if typ == "ASSAULT" and dist == 1 and _subject_of_negated(toks, ts):
                    continue  # "لم تلق الضربات الجوية التي شنتها الولايات المتحدة ... إجماعا": another verb is negated
                if not (typ == "ACCUSE" and dist >= 1 and toks[ts].norm[:1] == "و" and toks[ts].norm[1:] in PAST_FORMS):
                    negated = True  # (but "وأعلن ترامب إلغاء القمة وألقى باللائمة على": a perfect joined by و opens
                    # a clause of its own, out of the reach of a negating noun before it)
            elif k == "negv":
                if any(toks[j].norm.lstrip("و") in _TEMPORAL_SUBS and j + 1 < ts and toks[j + 1].norm in ("ان", "ما")
                       or toks[j].norm.lstrip("و") in _TEMPORAL_ONE for j in range(lo + m.end_tok, ts)):
                    continue  # "لن تتراجع عن موقفها بعد أن هدد ترامب بفرض عقوبات": the act of a temporal clause (بعد
                    # أن، قبل أن، منذ أن، بعدما) is no object of the retreat or denial before it (s22dates)
                negated = True
            elif k in ("hyp", "hypnext") and (dist <= 5 or k == "hyp" and dist <= 10 and toks[lo + m.end_tok].norm in ("ان", "بان")
                                                and _light_imperfect(toks[lo + m.end_tok + 1].norm)
                                                and not _strong_between(st_text(self), toks, lo + m.end_tok, ts)):
                # (the planned act after أن with its subject between: "ومن المرتقب أن يجري الأمير محمد بن سلمان لقاء")
                if toks[lo + m.start_tok].norm in ("قد", "فقد", "وقد", "لقد") and (lo + m.end_tok < len(toks)) \
                        and (toks[lo + m.end_tok].norm[:1] not in "يتن" or toks[lo + m.end_tok].norm in PAST_FORMS
                             or any(toks[j].norm.lstrip("وف") in _KANA and not (j > 0 and toks[j - 1].norm.lstrip("وف") in (
                                 "اذا", "لو", "ما", "ان", "سواء", "ربما"))
                                 for j in range(max(0, lo + m.start_tok - 6), lo + m.start_tok))):
                    continue  # قد + past: an accomplished fact (also a perfect opening with ن/ت/ي: قد ناشدوا، قد نفت;
                    # and any verb of a pluperfect: وكانت روسيا قد نفذت غارات; not "ما إذا كان ... قد يدفع")
                if toks[lo + m.start_tok].norm == "وقد" and not _may_imperfect(toks, lo + m.end_tok):
                    continue  # "وقد تم توقيع"، "وقد تظاهر الآلاف": وقد mostly opens a told fact; it reads "may" only before
                    # a verb known as imperfect ("وقد يتفق الزعيمان أيضا على"، "وقد تتخذ"; s21leadsfp2)
                if typ == "ASSAULT" and _announced_carrying_out(toks, pos, lo + m.end_tok, ts):
                    continue  # "أعلن سلاح الجو الإسرائيلي عن تنفيذ غارات": carried out, not planned
                if typ == "REQUEST" and _appeals.is_necessity(toks[ts].norm) and (
                        _appeals.is_necessity(toks[pos].norm) or (pw := _strip_wf(toks[pos].norm)) in lex.untargeted["request"]
                        or pw in lex.untargeted["urge"]):
                    continue  # "طالب الجبير بضرورة تنفيذ إيران"، "ضرورة التزام روسيا ... وضرورة انسحاب": the demand itself
                if _avenged(toks, ts):
                    continue  # "توعد بالانتقام لمقتل الصماد": the revenge is threatened; the killing it avenges happened
                if dist > 3 and toks[pos].norm.lstrip("و").startswith(_ABILITY):
                    continue  # "بوسع الشرطة الآن احتجاز": the power reaches its own act, not an act named further on
                    # ("ليس بوسعنا فعل شيء حيال قرار أميركا فرض عقوبات": the sanctions are imposed)
                hyp = True
            elif k == "hist":
                hist = True
        # a planned occasion named by a noun (القمة المرتقبة، الاجتماع المقرر عقده، زيارة مقبلة)
        tw = toks[te - 1].norm
        if _is_noun(tw) or _vn(tw) or not {tw, tw[1:]} & VERB_FORMS:
            for k in range(te, min(len(toks), te + 2)):
                if toks[k].norm in lex.hypnext and not _strong_between(st_text(self), toks, te, k):
                    hyp = True
                    break
        if _is_noun(tw) or _vn(tw) or not {tw, tw[1:]} & VERB_FORMS:
            # an occasion told with its future (القمة التي ستجمعه مع، اجتماع سيعقده الثلاثاء) or its appointed time
            # (حدد موعد لقائه، حتى موعد المفاوضات): not yet held
            for k in range(te, min(len(toks), te + 3)):
                if _strong_between(st_text(self), toks, te, k):
                    break
                if _future_verb(toks[k].norm) and (k == te or toks[k - 1].norm in _RELATIVES):
                    hyp = True
                    break
            for k in range(max(0, ts - 3), ts):
                if toks[k].norm.lstrip("وبل") in ("موعد", "موعدا") and not _strong_between(st_text(self), toks, k + 1, ts):
                    hyp = True
                    break
        if typ == "CONSULT" and ts > 1 and toks[ts - 1].norm == "عن" and toks[ts - 2].norm.lstrip("و") in _TOLD_OF:
            hyp = True  # "مسؤول حكومي يمني تحدث عن مفاوضات مع الحوثيين"، "الحديث عن لقاء": talks spoken of, not told as held
        tp = ts - 1 if ts > 1 and toks[ts - 1].norm in _LIGHT_MASDAR else ts  # (حول فرض عقوبات: the light noun first)
        if not hyp and tp > 1 and toks[tp - 1].norm.lstrip("و") in _TOPIC_WORDS and any(
                toks[k].norm.lstrip("وبل") in _DISPUTE_HEADS and not _strong_between(st_text(self), toks, k + 1, ts)
                for k in range(max(0, tp - 5), tp - 1)) \
                and (tp < ts or te - ts > 1 or _is_noun(toks[ts].norm) or _vn(toks[ts].norm)):
            hyp = True  # "تفاصيل خلاف أميركي ألماني حول تصنيف "حزب الله" إرهابياً"، "جدل حول نقل السفارة": the topic of a
            # dispute or a discussion, no act told (no break from the dispute noun on; one before it is another clause's)
        if not hyp and ts > 0 and toks[ts].norm[:1] == "ب" and toks[ts - 1].norm.lstrip("و") in _RELATION_WORDS \
                and (_is_noun(toks[ts].norm) or _vn(toks[ts].norm) or _is_noun(toks[ts].norm[1:])):
            hyp = True  # "هذا المطلب يرتبط بمحادثات السلام الإسرائيلية - الفلسطينية": what a thing relates to, no act told
        if not negated and not hyp and _critics.in_denied_report(self, toks, ts):
            hyp = True  # "نفى حزب الله ما نشره موقع فردا نيوز من كلام منسوب لأمينه خلال لقاء مع الجالية الإيرانية"، "نفى
            # البيت الأبيض ما أعلنه الطبيب من أن مقربين من الرئيس أغاروا على عيادته": what a denied report told
        # the future prefix on the trigger itself (سيبحث، ستفرض)
        w = toks[ts].norm
        if _future_verb(w[1:] if w[:1] in "وف" and w[1:2] == "س" else w):  # (وسيبحث، فستفرض; not وسيطرت)
            hyp = True
        if ts > 0 and toks[ts - 1].text.lstrip("وف") in ("ألا", "بألا", "لئلا"):
            negated = True  # "من العار ألا تفرج تركيا عن القس" (أن + لا; normalised it reads as إلا)
        if not _OR_WORDS.isdisjoint(map(_TOK_NORM, toks[max(0, ts - 2):ts])) and any(
                m.value.type in ("REQUEST", "THREATEN", "AGREE") and m.end_tok <= ts
                and not _full_stop_between(self._text, toks, m.end_tok, ts) for m in trigs):
            hyp = True  # "طالبت الأسر بالإطلاق الفوري لسراح المعتقلين ...، أو توجيه اتهام واضح": one of the acts demanded
        if toks[ts].norm == "عن" and te - ts == 2 and toks[te - 1].norm in _CONCERN:
            # "أنها ستعبر عن قلقها العميق بشأن الوضع الإنساني": the stance takes the time of its light verb
            lv = next((k for k in range(ts - 1, max(-1, ts - 16), -1) if toks[k].norm.lstrip("وف") in _LIGHT
                       or toks[k].norm.lstrip("وف")[:1] == "س" and toks[k].norm.lstrip("وف")[1:] in _LIGHT), None)
            if lv is not None and _future(toks, lv) and not _full_stop_between(self._text, toks, lv + 1, ts):
                hyp = True
        for k in range(max(0, ts - 4), ts):
            if _future_light(toks[k].norm) and not _strong_between(self._text, toks, k + 1, ts):
                hyp = True  # "سيتخذ إجراءات قانونية ضد"، "ستفرض الولايات المتحدة عقوبات": an act named after a future light verb
                break
        # the act noun governed by a light verb's own noun (عقد قمة، إجراء محادثات، فرض عقوبات، شن هجوم): "لعقد قمة"
        # (a purpose), "قبيل انعقاد القمة" (not yet), "توافقتا على عقد قمة"، "طالب بعقد اجتماع" (agreed or asked for)
        lm = toks[ts - 1].norm if ts > 0 else ""
        lm = lm[1:] if lm[:1] == "و" and len(lm) > 3 else lm
        if lm in _LIGHT_MASDAR or lm[:1] in "لب" and lm[1:] in _LIGHT_MASDAR:
            k = ts - 1
            prev = toks[k - 1].norm if k > 0 else ""
            went = any(toks[j].norm in _MOTION or toks[j].norm[1:] in _MOTION for j in range(max(0, k - 10), k))
            forced = any(toks[j].norm.lstrip("وف").startswith(("اجبر", "اضطر", "ارغم", "اجبار", "اضطرار"))
                         for j in range(max(0, k - 4), k - 1))  # أجبر السلطات على
            if lm[:1] == "ل" and lm not in _LIGHT_MASDAR and not went or prev.lstrip("و") in (
                    "قبل", "قبيل", "احتمال", "امكانيه", "ضروره", "بضروره", "امكان", "اقتراح") or any(
                    toks[j].norm.lstrip("و") in _PROPOSE and not _strong_between(self._text, toks, j + 1, k)
                    for j in range(max(0, k - 6), k)):
                # ("اليابان تعرض عقد اجتماع قمة مع كوريا الشمالية"، "اقترحت على حكومة كوريا الشمالية عقد قمة": offered
                # or proposed, not held)
                hyp = True  # ("وصل بومبيو إلى بروكسل لإجراء محادثات": he came and holds them)
            elif prev in ("علي", "الي") and not forced:
                hyp = True  # (اتفقوا على عقد، توافقتا على عقد، دعا إلى عقد؛ not "أجبر السلطات على توجيه دعوات")
            elif lm in _LIGHT_MASDAR and any(
                    m.end_tok <= k and k - m.end_tok <= 10 and m.value.type == "REQUEST"
                    and not _full_stop_between(self._text, toks, m.end_tok, k) for m in trigs):
                hyp = True  # "طلب مدعون أميركيون الأربعاء من قاض اتحادي إصدار حكم بالسجن": asked for, not passed
            elif lm[:1] == "ب" and lm not in _LIGHT_MASDAR and any(
                    m.end_tok <= k and k - m.end_tok <= 14 and m.value.type in ("AGREE", "REQUEST", "THREATEN")
                    and not _full_stop_between(self._text, toks, m.end_tok, k) for m in trigs):
                hyp = True
            elif lm[:1] == "ب" and lm not in _LIGHT_MASDAR and any(
                    _strip_wf(toks[j].norm) in _OFFER_NOUNS and not _strong_between(self._text, toks, j + 1, k)
                    for j in range(max(0, k - 8), k)):
                hyp = True  # "رفض جعفري عرض الرئيس الأميركي دونالد ترامب المبدئي بإجراء محادثات مع طهران": offered
        if not negated and ts > 1 and toks[ts - 1].norm == "في" and any(
                _strip_wf(toks[j].norm) in _FAIL_VERBS and not _strong_between(self._text, toks, j + 1, ts)
                for j in range(max(0, ts - 9), ts - 1)):
            negated = True  # "فشل أعضاء مجلس الأمن الدولي في الاتفاق على بيان مشترك": failed to agree
        if not negated and ts > 0 and any(
                (toks[j].norm in _FAIL_VERBS or _strip_wf(toks[j].norm) in _FAIL_VERBS)  # (فشلت: not ف + شلت)
                and not _strong_between_dated(self._text, toks, j + 1, ts)
                and not any(toks[y].norm[:1] in "وف" and toks[y].norm[1:] in VERB_FORMS for y in range(j + 1, ts + 1))
                and any(toks[x].norm == "في" or toks[x].norm[:1] == "ب" and toks[x].norm[1:2] in "اتم"
                        and len(toks[x].norm) > 4 and not any(m.s <= x < m.e for m in st.ments or ())
                        for x in range(j + 1, min(j + 6, ts + 1)))
                for j in range(max(0, ts - 14), ts)):
            # "واشنطن تفشل بإقناع مجلس الأمن بإدانة تصريحات عباس"، "تفشل في تمرير بيان في مجلس الأمن يدين"، "فشلت الولايات
            # المتحدة في إقناع الأمم المتحدة بفرض عقوبات": the act inside the failed complement (في/بـ + a verbal noun, in
            # the same clause; no finite verb joined by و/ف between, which opens a clause of its own: "فشلت المحادثات
            # في جنيف واتهمت روسيا الولايات المتحدة") did not happen
            negated = True
        if typ == "REJECT" and _veto_held(toks, ts):
            hyp = True  # "روسيا، حليفة سوريا والتي تتمتع بحق النقض (الفيتو)": a power held, no veto cast (session 21)
        if not negated and _claimed_false(self._text, toks, ts, te):
            negated = True  # "بأن المملكة احتجزت ... سعد الحريري هو كلام غير صحيح": a claim its clause judges false
        # a definite verbal noun right after another act is its topic (بحث ... التهديدات، ندد بالهجوم)
        if _is_noun(toks[ts].norm) and toks[ts].norm.lstrip("وفبل").startswith("ال"):
            for m in trigs:
                if m.end_tok <= ts and ts - m.end_tok <= 10 and m.value.type in TOPIC_HEADS \
                        and m.value.mode != "reply" and not _strong_between(self._text, toks, m.end_tok, ts) \
                        and toks[m.end_tok - 1].norm not in _CONCERN:
                    # (a verb of replying is no head of a topic: "وردت الصين على الاتهامات الأمريكية"; nor a concern stated,
                    # "معربا عن قلقه إزاء الاعتقالات التي تقوم بها السعودية": the arrests are told as made)
                    hyp = True
        if any(m.end_tok <= ts <= m.end_tok + 1 and m.value.type == "CONSULT" and _discuss_verb(toks[m.end_tok - 1].norm)
                for m in trigs):
            hyp = True  # "الكونغرس يناقش عقوبات على الحرس الثوري"، "بحثا فرض عقوبات": what is discussed (s21fp2)
        # a material act that is the content of a verbal one (طالب بالإفراج، يهدد بمقاطعة، اتفقا على وقف)
        wt = toks[ts].norm
        if ts > 0 and toks[ts - 1].norm in ("علي", "الي") and not self._text[toks[ts - 1].end:toks[ts].start].strip():
            # "توصله لاتفاق مع ولي العهد، الأمير محمد بن سلمان، على إطلاق سراح الملياردير"، "حث ... على وقف": the
            # act after على/إلى is what is agreed or asked for
            for m in trigs:
                if m.end_tok < ts and ts - m.end_tok <= 20 and m.value.type in ("AGREE", "REQUEST") \
                        and not _full_stop_between(self._text, toks, m.end_tok, ts):
                    hyp = True
            if any({"اتفاق", "اتفاقا", "تفاهم", "توافق"} & set(readings(toks[k].norm)) for k in range(max(0, ts - 20), ts)
                   if not _full_stop_between(self._text, toks, k + 1, ts)):
                hyp = True  # "توصله لاتفاق مع ولي العهد على إطلاق سراح": an agreement noun names no act of its own
        if m_decision(toks, ts):
            # "رحب بقرارها قطع علاقاتها مع كوريا الشمالية"، "نؤيد قراره بقطع العلاقات": the decided act told as the
            # object of a reaction is its topic (the decision is reported where it is made)
            for m in trigs:
                if m.end_tok <= ts and ts - m.end_tok <= 6 and m.value.type in ("SUPPORT", "ACCUSE", "REJECT") \
                        and m.value.mode != "defend" and not _strong_between(self._text, toks, m.end_tok, ts):
                    hyp = True  # (what is defended is done: "دافع البيت الأبيض عن قراره بمنع اللاجئين")
        if wt[:1] == "ب" and len(wt) >= 4:
            # "هدد وزير الداخلية، ماتيو سالفيني، الأحد بمنع السفن": the ب-complement across the subject's apposition
            # (not an act told after بعد + its noun between: "طالب بتحقيق بعد قتل 60 فلسطينيا برصاص الجيش", s24dates)
            for m in trigs:
                if m.end_tok <= ts and ts - m.end_tok <= 14 and m.value.type in ("THREATEN", "REQUEST", "AGREE") \
                        and not _full_stop_between(self._text, toks, m.end_tok, ts) and not _after_told(toks, m.end_tok, ts):
                    hyp = True
        if wt[:1] == "ل" and len(wt) >= 5 and _vn(wt[1:]) and not hyp:
            # "دعا البابا فرنسيس ... للسلام حول العالم، بالأخص لتخفيف المعاناة الطويلة لسوريا": the لـ-complement of a
            # verb of calling or demanding is what is called for (session 21)
            for m in trigs:
                if m.end_tok <= ts and ts - m.end_tok <= 14 and m.value.type == "REQUEST" \
                        and not _full_stop_between(self._text, toks, m.end_tok, ts):
                    hyp = True
        before_w = toks[ts - 1].norm.lstrip("و") if ts > 0 else ""
        held_at = before_w in _DURING or typ == "CONSULT" and before_w in _HELD_AT
        # "قال إن بلاده لن تتراجع، وانتقد واشنطن لدعمها الوحدات الكردية": a perfect joined by و after a comma opens a
        # clause of its own; it is no content of a verbal act before it
        own_clause = wt[:1] == "و" and wt[1:] in PAST_FORMS and ts > 0 \
            and self._text[toks[ts - 1].end:toks[ts].start].strip() in ("،", ",")
        for m in trigs:
            if m.end_tok <= ts and ts - m.end_tok <= 6 and m.value.type in VERBAL_HEADS and m.value.mode != "defend" \
                    and not _strong_between(self._text, toks, m.end_tok, ts) and not held_at and not own_clause \
                    and not _done_before(toks, m.end_tok, ts) and not _avenged(toks, ts) \
                    and not (m.value.type == "REJECT" and typ == "REQUEST" and ts == m.end_tok and te < len(toks)
                             and any(toks[k].norm == "من" for k in range(te + 1, min(len(toks), te + 4)))):
                # (a request blocked with its author and the one asked named, "عرقلت الولايات المتحدة طلب الكويت من مجلس
                # الأمن تبني بيان", was made: only what it asked for is not done)
                hyp = True
                # (but the meeting a time word places the act in is held: "اتفق الزعيمان خلال اجتماعهما على استعادة
                # العلاقات"، "كان رفض بعيد لقائه فلاديمير بوتن إدانة موسكو")
        for m in trigs if typ in MATERIAL_ACTS else ():
            # "حذر المسؤول الإيراني الدول الأوروبية من التشكيك في الاتفاق والعمل على إعادة فرض الحظر": what a warning
            # warns against (its من-complement, acts coordinated in it included) has not happened
            if m.value.type == "THREATEN" and m.end_tok <= ts and ts - m.end_tok <= 20 \
                    and toks[m.start_tok].norm.lstrip("وف").startswith(_WARN) \
                    and not _full_stop_between(self._text, toks, m.end_tok, ts) \
                    and any(toks[k].norm == "من" for k in range(m.end_tok, min(ts, m.end_tok + 6))):
                hyp = True
        if not hyp and wt[:1] == "و" and wt[1:2] in "يتن" and wt[1:] in VERB_FORMS and not _future_verb(wt[1:]):
            # "سيلتقي ترامب صباح الثلاثاء، ويجتمع أيضا مع نائب الرئيس": an imperfect joined by و to a future verb before
            # it in the sentence shares its future
            for k in range(ts - 1, max(-1, ts - 16), -1):
                if _full_stop_between(self._text, toks, k + 1, ts):
                    break
                w2 = toks[k].norm
                if _future_verb(w2[1:] if w2[:1] in "وف" and w2[1:2] == "س" else w2) or w2 == "سوف":
                    hyp = True
                    break
        return negated, hyp, hist

    def _signing_days(self, doc, events) -> None:
        """An agreement told without a day ("وقعت باكستان وروسيا اتفاقا دفاعيا ... هذا الأسبوع") takes the day of its
        signing told again in a later sentence by a signing word next to the definite agreement noun ("إن الاتفاقية
        وُقعت في روالبندي يوم الثلاثاء"، "وتم توقيع الاتفاق الاثنين") when that sentence names no party of its own and
        the story tells one such agreement."""
        deals = [e for e in events if e["type"] == "AGREE" and not e["negated"] and not e["hypothetical"]]
        if len(deals) != 1 or deals[0]["date_text"] and deals[0]["date"]:
            return
        ev = deals[0]
        for st in self._sents[ev["_sent"] + 1:ev["_sent"] + 6]:
            toks = st.toks
            k = next((k for k in range(len(toks)) if {toks[k].norm, _strip_wf(toks[k].norm)} & _SIGNED and any(
                toks[j].norm.lstrip("و") in _THE_DEALS for j in range(max(0, k - 2), min(len(toks), k + 3)))), None)
            if k is None:
                continue
            r = _dates.date_from_time_stage(doc, st.i, toks[k].start, toks[k].end)
            if not (r and r.get("date") and r.get("date_text") and not r.get("carried") and not r.get("historical")):
                continue  # (told again without a day: "ووقعت الاتفاقية النادرة في وقت يشهد تدهورا في العلاقات")
            sides = {(self._dp.by_id.get(i) or {}).get("country") for i in ev["actors"] + ev["recipients"]}
            if not any(x.kind in ("PERSON", "GPE", "ORG") and x.s > k and (self._dp.by_id.get(x.eid) or {}).get(
                    "country") not in sides for x in (st.ments or [])):
                ev["date"], ev["date_text"] = r["date"], r["date_text"]  # (not another agreement, of other parties)
            return

    def _cues_of(self, st):
        """A sentence's time cues (read once, on first use; None for a sentence the coder did not read)."""
        if st.cues is _LAZY:
            st.cues = _dates.sentence_cues(self.lex.datecues, self._text, st.toks, self._pub)
        return st.cues

    def _lead_speaker_of(self, st, ts, src, day="") -> bool:
        """Does a sentence of ``src`` open with a verb of saying whose subject is the party the headline names before
        its trigger at ``ts`` ("الأمم المتحدة تكيل الاتهامات للخرطوم" / "أعلنت الأمم المتحدة الخميس، أن القوات السودانية
        تمنع ..."), the ``day`` told before what it says (not a day inside the reported clause: "قال ترامب إن الأسد سيدفع
        ثمنا باهظا للهجوم ... مساء السبت" dates the attack)? Then the headline's verbal act is that statement, dated by
        its day."""
        ids = {i for m in st.ments or [] if m.e <= ts for i in [m.eid] + [c[0] for c in m.co]}
        if not ids:
            return False
        for x in src:
            toks = x.toks or []
            v = next((k for k in range(min(3, len(toks))) if toks[k].norm in self.lex.speech_gate), None)
            if v is None:
                continue
            c = next((k for k in range(v + 1, len(toks)) if toks[k].norm in _COMPLEMENTIZERS or toks[k].norm == ":"),
                     len(toks))
            said = self._text[toks[v].end:toks[c].start] if c < len(toks) else self._text[toks[v].end:x.end]
            if not day or day not in said:
                continue
            ments = x.ments if x.ments is not None else self._dp.mentions(toks)  # (a sentence not read yet)
            if any(m.s > v and m.s - v <= 3 and ({m.eid} | {c[0] for c in m.co}) & ids for m in ments or []):
                return True
        return False

    def _date(self, doc, sents, st, ts, te, t0, t1, pub, typ=None):
        r = _dates.date_from_time_stage(doc, st.i, t0, t1, typ == "ACCUSE")
        if r and r.get("after_own") and typ in MATERIAL_ACTS:
            r = {"date": None, "date_text": None, "historical": r.get("historical"), "future": r.get("future")}
            # (a harm told after بعد keeps no day of its own phrase: the act it leads to is the story's)
        if r and r.get("carried") and r.get("date_text") and typ and st.i == 0 and not r.get("told"):
            # a headline dated by the lead's time word: only when the lead tells an act of the same type ("موسكو ترفض
            # الاتهامات" is not dated by "قالت النيابة الهولندية الخميس")
            src = [x for x in sents[1:4] if r["date_text"] in doc["text"][x.start:x.end]]
            if src and not any(m.value.type == typ for x in src for m in x.trigs) \
                    and not (typ in _SAID_ACTS and self._lead_speaker_of(st, ts, src, r["date_text"])):
                r = {k: v for k, v in r.items() if k not in ("date", "date_text", "carried")}
        if r and r.get("date"):
            d = r.get("date")
            hist = bool(r.get("historical")) or bool(pub and d < (pub - _dt.timedelta(days=45)).isoformat())
            return d, r.get("date_text"), hist, bool(r.get("future"))
        if r and r.get("declined"):
            # the time stage passed over the sentence's day on purpose ("أفرجت ... بحسب ما أعلنت الخارجية الخميس"،
            # "رداً على هجوم ... الأحد"): that day dates the report or the background, not this event
            return None, None, bool(r.get("historical")), bool(r.get("future"))
        if r and r.get("date_text") and not r.get("carried"):
            # its own time expression has no day ("في يناير/ كانون الثاني 2016", "العام الماضي"): no date,
            # never the publication day
            return None, r["date_text"], bool(r.get("historical")), bool(r.get("future"))
        cues = [c for c in (self._cues_of(st) or []) if c.date is not None
                and not (c.vague and (c.tok > te + (10 if c.end_tok - c.tok > 1 else 3) or c.end_tok < ts - 6))
                and not _quoted_apart(self._text, st.start, c.start, t0) and not _dates.range_bound(self._text, c)]
        # (a bound of a stretch, في مداهمات بين 25 يناير والسادس من فبراير, dates no single act)
        # (a day quoted apart from the trigger dates what the quotation tells, as the time stage reads it: "وقال ماكرون
        # للصحفيين ... بعد اجتماع مع ترنبول "لا أعرف ما الذي سيقرره الرئيس الأميركي يوم 12 مايو"")
        # a bare year dates only its own clause; a month and year ("في يونيو/ حزيران 2017") its sentence's act
        if cues:
            # the cue nearest the trigger, preferring one before it; "أمس الثلاثاء" resolves to أمس
            c = min(cues, key=lambda c: (abs(c.tok - ts) if c.tok < ts else abs(c.tok - te) + 2))
            hist = bool(pub and (pub - c.date).days > 45)
            fut = bool(pub and c.date.isoformat() > _dates.last_day(pub))
            if c.vague:  # "عام 2017": background without a day
                return None, c.text, True, False
            return c.date.isoformat(), c.text, hist, fut
        if r is not None:  # no cue of its own: reported on the publication day
            return (pub.isoformat() if pub else None), None, bool(r.get("historical")), bool(r.get("future"))
        if st.i > 0 and st.toks and st.toks[0].norm.startswith("و") and st.toks[0].norm[1:] in self.lex.speech:
            prev = sents[st.i - 1]
            pc = [c for c in (self._cues_of(prev) or []) if c.date is not None]
            if pc:
                return pc[0].date.isoformat(), pc[0].text, False, False
        return (pub.isoformat() if pub else None), None, False, False

    def _contexts(self, st, typ):
        out = []
        if st._ctx is None:
            st._ctx = self.lex.contexts.find_all(st.toks)
        for m in st._ctx:
            if m.value not in out:
                out.append(m.value)
        if typ in ("CONSULT", "AGREE") and "diplomatic" not in out:
            out.append("diplomatic")
        return out

    # ---- quotes -------------------------------------------------------------------------------------
    def _not_speaker(self, pron, eid) -> bool:
        """Can the pronoun of إنه / إنها not stand for the speaker ``eid``: a place never speaks; إنه is no body
        named by a feminine noun nor a plural of people (أكد بعض أعضاء الحكومة أنه: someone else). (إنها stands for
        plurals too: "قالت أسر المعتقلين إنها أقامت وقفة".)"""
        e = self._dp.by_id.get(eid) or {}
        if e.get("type") in ("LOC", "FAC"):
            return True
        return pron == "انه" and _pronoun_fits([e], "ه") is None

    def _told_clause(self, text, toks, ts, cut, is_noun, ments=()):
        """The index of a bare complementizer (إن، أن، بأن) that opens a clause of reported speech holding the trigger
        at ts ("قال النائب جمال عباس، الأحد، إن زيارة ..."، "أعلنت الرئاسة أن وفدا ... يلتقي"), or None. None too when
        the clause speaks of the speaker's own (a pronoun on its first word or on the trigger: إن بلاده ستطلب، إن
        لقاءه بنظيره), since the act may then be his."""
        speech = self.lex.speech
        c = next((k for k in range(ts - 1, max(cut - 1, ts - 16), -1) if toks[k].norm in ("ان", "بان", "وان")
                  and not any(x.s < k < x.e for x in ments)), None)
        # (a word of a name is no complementizer: "أن رئيسها مون جيه إن اجتمع مع كيم")
        if c is None or c + 1 >= len(toks) or _full_stop_between(text, toks, c, ts):
            return None
        if not any(toks[k].norm in speech or toks[k].norm[1:] in speech for k in range(max(cut, c - 12), c)):
            return None
        for k in range(c + 1, min(ts + 1, c + 3)):
            w = toks[k].norm[1:] if toks[k].norm[:1] in "وف" and len(toks[k].norm) > 4 else toks[k].norm
            if len(w) >= 4 and toks[k].text.endswith(("ه", "ها", "هم", "هما")) and not _kin(w):  # (not زيارة)
                return None
        if toks[c + 1].norm in _STATE_NOUNS:
            return None  # "وقال ماكرون إن الدولة ستقدم المساعدة"، "قال زعيم حركة التغيير إن الحزب يرفض": his own
        if any(toks[k].norm in _WITH_HIM for k in range(c + 1, min(len(toks), ts + 5))):
            return None  # "قال ترامب إن محادثات مسهبة جرت بينه وبين الزعيم الكوري الجنوبي": he is a side
        if not is_noun and _first_person(toks[ts].norm, toks, ts):
            return None  # "قال إن ... سنرد": his own act
        return c

    def _speaker_near(self, text, st, k0, k1, last_actor, extra=frozenset(), reach=14):
        """Speaker of words attributed around tokens [k0, k1) of a sentence: after a verb of saying (VSO),
        before it (SVO), or the discourse subject. ``extra``: more verbs of saying, read for this call only; ``reach``:
        how many words before k1 the verb may stand."""
        toks = st.toks
        lex = self.lex
        ments = st.ments or []
        verb = None
        speech = lex.speech
        for k in range(k1 - 1, max(k0, k1 - reach) - 1, -1):
            w = toks[k].norm
            if w in speech:
                verb = k
                break
            r1 = readings(w)[1:2]  # (its second reading, if any)
            if r1 and r1[0] in speech or extra and (w in extra or r1 and r1[0] in extra):
                verb = k
                break
        if verb is None:
            return None, None
        # the subject right after the verb; not a demonym or a party inside a phrase ("وقال في تصريح نقلته وكالات
        # الأنباء الروسية إن": the Russian agencies do not speak)
        aft = [m for m in ments if verb < m.s < k1 and m.s - verb <= 3 and (m.kind != "NORP" or m.sector)
               and not any(toks[j].norm in PREPS for j in range(verb + 1, m.s))]
        aft = [m for m in aft if not _sourced(toks, m.s) and not toks[m.s].norm.startswith("لل")  # (قال للصحفيين)
               and self._speaker_prep_ok(text, toks, m, verb)  # (وقال كافانو لفوكس نيوز: the one he spoke to)
               and not any(toks[j].norm in _COMPLEMENTIZERS for j in range(verb + 1, m.s))]
        # (واعتبر أن إيران هي "الخطر الأكبر": the subject of the clause he tells, not the speaker)
        bef = [m for m in ments if m.e <= verb and not _sourced(toks, m.s)]  # (وحسب فرانس برس، جاء في بيان: a source)
        if toks[verb].norm.lstrip("وف") in ("نقلت", "نقل", "ونقلت"):
            # "ونقلت وكالة الأناضول عن وزير الخارجية التركي قوله إنه اتفق": the one the agency quotes speaks, not the
            # agency; a source it does not name (نقلت رويترز عن مصادر) is no party
            src = next((k for k in range(verb + 1, min(k1, verb + 10)) if toks[k].norm in ("عن", "لسان")), None)
            # (also "ونقلت وكالة الأنباء اللبنانية على لسان نصرالله قوله")
            if src is not None:
                who = next((m for m in ments if src < m.s < k1 and m.s - src <= 2 and m.kind in ("PERSON", "ORG", "GPE")), None)
                if who is None:
                    return None, verb
                g = next((g for g in _groups(text, toks, ments) if g["s"] == who.s), None)
                if g is not None and g["m"] and g["m"][0].eid != who.eid:
                    who = g["m"][0]
                eid = who.eid
                if self._is_office(who.eid, st):
                    nxt = next((m for m in ments if m.kind == "PERSON" and who.e <= m.s <= who.e + 3 and m.e <= k1
                                and not self._is_office(m.eid, st)), None)
                    if nxt is not None:
                        eid = nxt.eid
                return eid, verb
        sp = None
        eid = None
        vw = toks[verb].norm.lstrip("وف")
        if not aft and vw.startswith(("قايل", "مضيف", "موكد", "مشير", "معتبر", "موضح", "متابع")) and vw.endswith(("ا", "ه")):
            # "ووجه خاتمي تهديدا للسعودية ...، قائلا:": a circumstantial participle; the sentence's subject speaks
            cut = st.cut(text)
            head = next((m for m in ments if cut <= m.s <= cut + 3 and m.kind in ("PERSON", "ORG", "GPE")
                         and m.e <= verb and _prep(text, toks, m) is None), None)
            if head is not None:
                aft = [head]
        if aft:
            sp = aft[0]
            # "قالت رئيسة الوزراء البريطانية تيريزا ماي": the phrase's named person
            g = next((g for g in _groups(text, toks, ments) if g["s"] == sp.s), None)
            if g is not None and g["m"][0] is not sp or g is not None and g["m"] and g["m"][0].eid != sp.eid:
                sp = g["m"][0]
        elif not (bef and bef[-1].e >= verb - 1 and not _FULL_STOP.search(text, toks[bef[-1].e - 1].end, toks[verb].start)) \
                and (own := self._own_subject(text, toks, verb, k1, ments)) is not None:
            # "وقال مسؤول أمريكي:": a subject not known as a party speaks, not the last one named; "وقال مون
            # للصحافيين": a person named before by his full name, told again by his last name alone
            if not own:
                return None, verb
            eid = own
        elif not bef and (went_on := self._continued_speaker(st, verb)) is not None:
            # "وأعرب غريفيث عن تفاؤله. وأضاف:": the one who spoke in the sentence before goes on ("" when that
            # sentence names no one who could: no guess from the parties named in passing)
            if not went_on:
                return None, verb
            eid = went_on
        elif not bef and self._quotes and self._quotes[-1]["start"] >= self._sent_start(st.i - 2):
            eid = self._quotes[-1].get("speaker")  # "وأضاف قائلا": the last speaker goes on
            if not eid:
                return None, verb  # (one not known as a party: not the last party named)
        elif bef and self._quotes and toks[bef[-1].s].start < self._quotes[-1]["end"] <= toks[verb].start \
                and self._quotes[-1].get("speaker") and self._quotes[-1].get("_direct") and toks[verb].norm[:1] in "وف" \
                and text[max(0, self._quotes[-1]["start"] - 4):self._quotes[-1]["start"]].rstrip("\"«“ ").endswith(":") \
                and verb + 1 < len(toks) and (toks[verb + 1].norm in _NO_SUBJECT_NEXT or re.search(
                    r"[:\"«“]", text[toks[verb].end:toks[verb + 1].start])):
            # "وقال أردوغان: "لن نسمح لأحد بمهاجمة تركيا". وأضاف: "سنرد"": a party named inside the quote just closed
            # does not speak; the quote's speaker goes on
            eid = self._quotes[-1]["speaker"]
        elif bef and bef[-1].e >= verb - 1 and (svo := self._svo_subject(text, st, bef[-1], verb)) is not None:
            sp = svo  # SVO: "الوزير قال"
        else:
            # "بحث ترامب ... مع زيلينسكي، وقال:": the subject of the sentence speaks
            mine = [e for e in self._recent_events if e["_sent"] == st.i and e["actors"]]
            cut = st.cut(text)
            if mine:
                eid = mine[0]["actors"][0]
            elif bef:
                # (not a dateline's place, "دبي، الإمارات العربية المتحدة (CNN)-- وصف الوزير ..."; nor a party under a
                # preposition, unless it is the author of a statement, "جاء ذلك في تغريدة لقرقاش ...، حيث قال"; nor a
                # news agency that passes the words on, "وفقا لما نقلته وكالة الأناضول على لسان أردوغان، حيث قال")
                cands = [m for m in bef if m.s >= cut and (_prep(text, toks, m) is None or self._authored(toks, m))]
                sp = next((m for m in cands if self._authored(toks, m)), None) or next(
                    (m for m in cands if not _media_only({"ids": [m.eid]}, self._dp)), None)
                if sp is None:
                    return None, verb
        eid = eid or (sp.eid if sp else last_actor)
        if sp is not None and sp.kind == "PERSON" and sp.e - sp.s >= 1:
            # an office ("الرئيس الأمريكي") stands for the named person in the same sentence if there is one
            persons = [m for m in ments if m is not sp and m.kind == "PERSON" and m.e <= sp.s]
            if persons and self._is_office(sp.eid, st) and toks[sp.s].norm.lstrip("وف").startswith("ال"):
                eid = persons[0].eid  # (not an indefinite one: "وقال مسؤول أمريكي" is not the minister named before)
        if sp is not None and eid == sp.eid and self._is_office(sp.eid, st):
            # "أعلن مبعوث الأمم المتحدة إلى اليمن مارتن غريفيث أنه": the name set after the office and its complement
            nxt = next((m for m in ments if m.kind == "PERSON" and sp.e <= m.s <= sp.e + 3 and m.e <= k1
                        and not self._is_office(m.eid, st) and not _strong_between(text, toks, sp.e, m.s)), None)
            if nxt is not None:
                eid = nxt.eid
        if eid and (self._dp.by_id.get(eid) or {}).get("type") in ("LOC", "FAC"):
            eid = None  # a place never speaks ("وقال مدير منطقة الشرق الأوسط في المنظمة")
        return eid, verb

    def _own_subject(self, text, toks, verb, k1, ments=None):
        """The subject a finite verb of saying has right after it when that subject is an indefinite noun or a name the
        entity stage did not take as a party (وقال مسؤول أمريكي، وقال دنيس فاليرا لرويترز، وذكر سيغال مانديلكار): the
        person named before in the text whose last name it is ("وقال مون للصحافيين" after مون جاي إن), else ""
        (someone unknown speaks); None when the verb has no such subject: a participle (قائلا) or a verb with a
        pronoun (وصفه، نقلته), or a complementizer, preposition, time word, adverb or definite noun next (وأضاف أن،
        وقال في بيان، وقال الأحد، وأضاف البيان: a definite noun takes up a party told before)."""
        v = toks[verb].norm
        if verb + 1 >= min(k1, len(toks)) or not (v in self.lex.speech or v[:1] in "وف" and v[1:] in self.lex.speech):
            return None
        if any(w.startswith(("قايل", "مضيف", "موكد", "مشير", "معتبر", "موضح", "متابع", "واصف", "لافت", "مشدد"))
               for w in (v, v[1:])):
            return None
        if _STRONG.search(text, toks[verb].end, toks[verb + 1].start) or re.search(r"[\"«“]", text[toks[verb].end:toks[verb + 1].start]):
            return None
        n = toks[verb + 1].norm
        if n in ("المصدر", "المصادر", "مصادرنا", "مراسلنا"):
            return ""  # "وقالت المصادر إن": the sources told of before, never a party (not the last one named)
        if len(n) < 3 or n.startswith("ال") or n in _NO_SUBJECT_NEXT or n in _COMPLEMENTIZERS or n in PREPS \
                or self.lex.stop.get(n, "x") != "x" or n in self.lex.datecue_words or n in self.lex.speech or n[:1] == "ل" \
                or n.startswith("بال") or not n[:1].isalpha() or n in _NOT_SUBJECT_WORDS:
            return None
        for m in ments or ():
            # "رد ممثلون عن أبوظبي بالقول"، "وقال مسؤول في وزارة الخارجية الأمريكية"، "قال مصدر في حكومة بوركينا فاسو":
            # one who speaks for a body or a state named right after him (not a place: "مسؤولون في المستشفيات بمدينة
            # عدن")
            if verb + 2 <= m.s <= verb + 3 and m.kind in ("ORG", "GPE") and not _STRONG.search(
                    text, toks[verb + 1].end, toks[m.s].start) and not _media_only({"ids": [m.eid]}, self._dp) and (
                    toks[m.s - 1].norm in ("عن", "من", "لدي", "باسم") or m.s == verb + 2 and _prep(text, toks, m) is None
                    or _prep(text, toks, m) == "ل" or m.kind == "ORG" and toks[m.s - 1].norm == "في"):
                return m.eid  # (not a medium he spoke to, "قال مصدر لسكاي نيوز عربية"; not a place, "تحالف في سوريا")
        return self._surnames().get(n, "")

    def _surnames(self):
        """Last name (normalised) → entity id, for the people of this text named with two words or more."""
        dp = self._dp
        if getattr(self, "_surnames_of", None) is not dp:
            out = {}
            for eid, e in dp.by_id.items():
                if e.get("type") != "PERSON" or eid in dp.office_ids:
                    continue
                for m in e.get("mentions") or []:
                    w = (m.get("text") or "").split()
                    if len(w) >= 2:
                        k = normalize(w[-1])
                        out[k] = eid if out.get(k, eid) == eid else ""  # (two people of one last name: neither)
            self._surnames_of, self._surnames_map = dp, {k: v for k, v in out.items() if v}
        return self._surnames_map

    def _received_guest(self, st, ts, hosts):
        """The guest of "كان في استقباله X" (the host after it): the one the pronoun takes up, the last person named
        before it in its sentence ("وصل ولي عهد المملكة العربية السعودية، الأمير محمد بن سلمان، الأحد، إلى العاصمة
        المصرية، القاهرة، ... حيث كان في استقباله الرئيس المصري، عبدالفتاح السيسي") or else in the sentence before ("وصل
        وزير الخارجية الأميركي، مايك بومبيو ... . وكان في استقباله نظيره السعودي، عادل الجبير"); None when none."""
        ents = self._dp.by_id
        for sj, cut in ((st, ts), (self._sents[st.i - 1] if 0 < st.i <= len(self._sents) else None, None)):
            if sj is None or (sj is not st and sj.toks is None):
                continue
            people = [x for x in (sj.ments or []) if (cut is None or x.e <= cut) and x.eid not in hosts and not x.eid.startswith("ev-")
                      and (ents.get(x.eid) or {}).get("type") == "PERSON"]
            if people:
                return people[-1].eid
        return None

    def _met_during_visit(self, text, toks, groups, ts, te, actors, recips):
        """A verb of meeting after a visit told before it, with the visit's pronoun after it ("غادر المبعوث الأممي
        ... مارتن غريفيث، العاصمة صنعاء، بعد زيارة استغرقت خمسة أيام التقى خلالها قياديين في ميليشيات الحوثي"، "يصل
        ... أبي أحمد في زيارة رسمية، يجري خلالها محادثات مع"): its subject is the visitor, the last person named before
        the visit noun in the sentence, not a party after the verb (its object); the parties after it are the ones met."""
        v = next((k for k in range(ts - 1, max(-1, ts - 25), -1) if _bare_noun(toks[k].norm, "وفبل") in _VISITS), None)
        if v is None or _full_stop_between(text, toks, v, ts):
            return actors, recips
        ents = self._dp.by_id
        who = [g for g in groups if g["e"] <= v and g["prep"] is None and len(g["ids"]) == 1
               and (ents.get(g["ids"][0]) or {}).get("type") == "PERSON"]
        if not who:
            return actors, recips
        visitor = who[-1]["ids"]
        met = [i for g in groups if g["s"] >= te and not _full_stop_between(text, toks, te, g["s"])
               for i in g["ids"] if i in set(actors) | set(recips) and i not in visitor]
        if not met:
            return actors, recips
        return list(visitor), list(dict.fromkeys(met))

    def _own_session(self, text, toks, groups, ts, te, actors, recips, noun) -> bool:
        """Is the meeting at ts..te the session of a council or assembly (data/wordsets.tsv session/body) with no other
        side named: the body right after a meeting noun (noun), in its genitive or under ل (اجتماع لمجلس الأمن، جلسة
        مجلس الوزراء، اجتماعا طارئا لمجلس الأمن; not a verb's object, "يلتقي أعضاء الكونغرس"), or the subject right
        before or after a verb of meeting (مجلس الأمن يجتمع) or before the noun after عقد (يعقد مجلس الأمن الدولي
        اجتماعا), one of the event's sides, and no party after مع / بين / ب in the clause? Who speaks at it or chairs it
        and the parties of its topic are then no sides of a consultation."""
        ents = self._dp.by_id

        def council(k):
            w0 = toks[k].norm
            w0 = w0[1:] if w0[:1] in "لب" and len(w0) > 4 else w0
            w1 = toks[k + 1].norm if k + 1 < len(toks) else ""
            return w0 in _SESSION_BODY and w1.lstrip("ال") not in _SESSION_NOT

        def body(g):
            if len(g["ids"]) != 1 or (ents.get(g["ids"][0]) or {}).get("type") != "ORG":
                return False
            return council(g["s"]) or g["s"] > 0 and council(g["s"] - 1) and g["prep"] is None
        sides = set(actors) | set(recips)
        w = _strip_wf(toks[ts].norm)
        in_session = "جتمع" in w or "نعقد" in w  # (اجتمع، يجتمع، ينعقد: the body meets, it meets no one)
        own = None
        for g in groups:
            if not body(g) or not set(g["ids"]) <= sides:
                continue
            gs = g["s"] - 1 if not council(g["s"]) else g["s"]  # (لمجلس الجامعة العربية: the league's council)
            if noun and te <= gs <= te + 3 and (g["prep"] in (None, "ل") or gs < g["s"]) and not any(
                    toks[k].norm in ("مع", "بين") for k in range(te, gs)) and not any(
                    x is not g and te <= x["s"] < gs for x in groups) and not _STRONG.search(
                    text, toks[te - 1].end, toks[gs].start):
                own = g  # (modifiers between: اجتماعا طارئا لمجلس الأمن، باجتماع الدورة 150 لمجلس الجامعة العربية)
            elif gs == g["s"] and g["prep"] is None and in_session and (
                    g["e"] <= ts and ts - g["e"] <= 1 or g["s"] > ts and g["s"] - te <= 1):
                own = g  # (the subject before or right after a verb of meeting: مجلس الأمن يجتمع، يجتمع مجلس الأمن؛ not
                # "ترمب يلتقي أعضاء الكونغرس": whom one meets)
            elif gs == g["s"] and g["prep"] is None and g["e"] <= ts and ts - g["e"] <= 1 and g["s"] > 0 \
                    and toks[g["s"] - 1].norm.lstrip("و") in _CONVENE:
                own = g  # (يعقد مجلس الأمن الدولي اجتماعا)
        if own is None:
            return False
        for g in groups:
            if g is own or g["s"] < te:
                continue
            k = g["s"] - 1
            if _full_stop_between(text, toks, te, g["s"]):
                break
            if g["prep"] in ("مع", "بين", "ب") or k >= 0 and toks[k].norm in ("مع", "بين", "ومع"):
                return False  # (another side named: "اجتماع مجلس الأمن مع"، "بين")
        return True

    def _spoken_to(self, text, toks, before, g) -> bool:
        """Is the group g under ل the one a verb of saying is addressed to, right after the verb or after the verb and
        its subject, a day word or two between ("وقال ماكرون للصحفيين في سيدني بعد اجتماع مع"، "أكد الوزير، الأحد،
        لنظيره")? The listener is no side of an act the speaker tells of his own."""
        if g["prep"] != "ل" or g["s"] == 0:
            return False
        speech = self.lex.speech

        def spoken(k):
            w = toks[k].norm
            return w in speech or w[:1] in "وف" and w[1:] in speech

        if spoken(g["s"] - 1):
            return True
        p = next((p for p in reversed(before) if p["prep"] is None and p["e"] <= g["s"]), None)
        if p is None or p["s"] == 0 or not spoken(p["s"] - 1):
            return False
        return all(toks[k].norm in self.lex.datecue_words for k in range(p["e"], g["s"])) \
            and not _FULL_STOP.search(text, toks[p["e"] - 1].end, toks[g["s"]].start)

    def _speaker_prep_ok(self, text, toks, m, verb) -> bool:
        """May the party m after a verb of saying be its subject though a preposition governs it? Not under في، من،
        ب...; under ل only as the genitive of an office or body ("أعلن المكتب الإعلامي لرئيس الوزراء"), not the one
        spoken to: a medium ("قال لفوكس نيوز"، "لوكالة فرانس برس") or a party right after the verb ("قال لنظيره")."""
        p = _prep(text, toks, m)
        if p is None:
            return True
        if p != "ل" or m.s == verb + 1:
            return False
        e = self._dp.by_id.get(m.eid) or {}
        return not (e.get("sector") == "MED" and e.get("type") == "ORG")

    def _authored(self, toks, m) -> bool:
        """Is the party m under ل (or after على لسان) the author of the statement noun before it ("في تغريدة لقرقاش"،
        "في مقابلة للسنوار"، "على لسان أردوغان"), not a medium it was given to ("في تصريحات لرويترز")?"""
        if m.s == 0:
            return False
        w = toks[m.s - 1].norm.lstrip("وفب")
        w = w[2:] if w.startswith("ال") else w
        if w != "لسان" and not w.startswith(_AUTHORED_NOUNS):
            return False
        e = self._dp.by_id.get(m.eid) or {}
        return not (e.get("sector") == "MED" and e.get("type") == "ORG")

    def _svo_subject(self, text, st, m, verb):
        """The subject of a verb of saying told before it (SVO: "الوزير قال"، "وكان المتحدث باسم شرطة منطقة الرياض
        قال") from the party m that ends right before the verb: the head of m's phrase (the police, not Riyadh inside
        it); None when m lies under a preposition or a clause opener stands between ("قبيل وصول ولي العهد للقاهرة، حيث
        قال": he, not Cairo)."""
        toks = st.toks
        if m.s < st.cut(text) or any(toks[j].norm in _CLAUSE_OPENERS or toks[j].norm in PREPS for j in range(m.e, verb)) \
                or _FULL_STOP.search(text, toks[m.e - 1].end, toks[verb].start):
            return None  # (not a dateline's place or agency: "دبي، الإمارات العربية المتحدة (CNN)-- أعلن")
        groups = _groups(text, toks, st.ments or [])
        g = next((g for g in groups if g["s"] <= m.s < g["e"] or g["m"] and m in g["m"]), None)
        if g is None:
            return m if _prep(text, toks, m) is None else None
        while g["s"] > 0 and g["prep"] is None:
            # a genitive after a construct noun ("شرطة منطقة الرياض"): the party that heads the chain
            w = toks[g["s"] - 1]
            if w.norm.startswith("ال") or w.norm in self.lex.stop or _STRONG.search(text, w.end, toks[g["s"]].start):
                break
            h = next((x for x in groups if x["e"] in (g["s"] - 1, g["s"]) and x is not g
                      and not _STRONG.search(text, toks[x["e"] - 1].end, w.start if x["e"] < g["s"] else toks[g["s"]].start)), None)
            if h is None:
                break
            g = h
        if g["prep"] in ("عن", "من") or g["s"] > 0 and toks[g["s"] - 1].norm == "باسم":
            return g["m"][0]  # "رد ممثلون عن أبوظبي بالقول": those who speak for it
        return None if g["prep"] is not None else g["m"][0]  # (a party under another preposition is a complement: للقاهرة)

    def _continued_speaker(self, st, verb, bare=False):
        """The speaker of a verb of saying that opens its sentence with و and names no one (وأضاف:، وتابع قائلا، وأوضحت
        أن): the one who spoke in the sentence before goes on — the speaker of a quote opened there, else the subject
        right after the verb that opens it (وأعرب غريفيث عن تفاؤله، وتابع عباس في بيان، وكان المتحدث باسم الشرطة قال);
        a chain of such verbs carries it on. "" when that sentence opens on a verb whose subject is no party (وأشار
        التقرير إلى، وذكرت مصادر); None when this rule does not apply."""
        toks, text = st.toks, self._text
        if st.i == 0 or not bare and (verb > st.cut(text) or toks[verb].norm[:1] not in "وف"):
            return None
        if not bare and verb + 1 < len(toks) and not re.search(r"[:،,\"«“]", text[toks[verb].end:toks[verb + 1].start]) \
                and toks[verb + 1].norm not in _NO_SUBJECT_NEXT and toks[verb + 1].norm not in self.lex.datecue_words:
            return None  # "وذكر سيغال مانديلكار:"، "وأوضحت الصحيفة أن": a subject of its own, unknown as a party
        return self._speaker_before(st)

    def _speaker_before(self, st):
        """The one who spoke in the sentence before st (_continued_speaker; a participle opening a sentence after a
        quote: _speaker_unless_medium): the speaker of the last quote opened there, else the speaker that sentence
        itself continues, else the subject right after the verb that opens it; "" when that verb's subject is no
        party, None when nothing is found. Kept per sentence (_spoke)."""
        if st.i == 0:
            return None
        if st.i in self._spoke:
            return self._spoke[st.i]
        text, dp = self._text, self._dp
        sj = self._sents[st.i - 1] if st.i - 1 < len(self._sents) else None
        eid = None
        if sj is not None and sj.end > sj.start:
            q = next((q for q in self._quotes[::-1] if sj.start <= q["start"] < sj.end and q.get("speaker")), None)
            if q is not None:
                eid = q["speaker"]
            elif sj.i in self._spoke:
                eid = self._spoke[sj.i]
            else:
                tj = sj.toks or dp.tokens(sj.start, sj.end)
                ments = sj.ments if sj.ments is not None else dp.mentions(tj)
                c = _dateline_end(text, sj.start, tj)
                c += c + 1 < len(tj) and tj[c].norm in ("وكان", "كان", "وكانت", "كانت", "فيما", "كما")
                w = tj[c].norm.lstrip("وف") if c < len(tj) else ""
                opens_verb = w and not w.startswith("ال") and w not in PREPS and not w.isdigit() \
                    and not any(m.s <= c < m.e for m in ments) and self.lex.stop.get(w) is None
                if opens_verb:
                    m = next((m for m in ments if c < m.s <= c + 3), None)
                    if m is not None and any(tj[j].norm in _COMPLEMENTIZERS for j in range(c + 1, m.s)):
                        m = None  # "وأفاد أن محافظة تعز تشهد": the subject of the clause told, not the one who spoke
                    if m is not None and m.kind in ("PERSON", "ORG", "GPE") and _prep(text, tj, m) is None \
                            and not _STRONG.search(text, tj[c].end, tj[m.s].start) and not _sourced(tj, m.s):
                        g = next((g for g in _groups(text, tj, ments) if g["s"] == m.s), None)
                        eid = g["m"][0].eid if g is not None else m.eid
                    elif c + 1 < len(tj) and tj[c + 1].norm.startswith("ال") and tj[c + 1].norm not in self.lex.stop \
                            and not any(m.s <= c + 1 < m.e for m in ments) and (tj[c].norm in self.lex.speech or tj[c].norm[1:] in self.lex.speech) \
                            and not any(m.kind == "PERSON" for m in ments):
                        eid = ""  # "وأشار التقرير إلى"، "ووثق التقرير": a subject that is no party spoke (and no person it
                        # may quote)
        self._spoke[st.i] = eid
        return eid

    def _speaker_unless_medium(self, st):
        """The one who spoke before a participle that opens st ("وتابع قائلا: "..." مطالبا السعودية"): the speaker of
        the last quote that closes in the sentence before, else _speaker_before; not a medium a quote was read in;
        or None."""
        if st.i == 0:
            return None
        lo = self._sents[st.i - 1].start
        sp = next((q.get("speaker") for q in self._quotes[::-1] if q.get("speaker") and lo <= q["end"] <= st.start),
                  None) or self._speaker_before(st)
        return None if not sp or (self._dp.by_id.get(sp) or {}).get("sector") == "MED" else sp

    def _sent_start(self, i: int) -> int:
        spans = self._spans
        return spans[max(0, min(i, len(spans) - 1))][0] if spans else 0

    def _is_office(self, eid, st):
        return eid in self._dp.office_ids

    def _channel(self, st, prev):
        for s in (st, prev):
            if s is None or not s.toks:
                continue
            for m in self.lex.channel_m.find_all(s.toks):
                return m.value
        return None

    def _quote(self, doc, dp, sents, st, qs, qe, last_actor):
        text = doc["text"]
        body = text[qs + 1: qe - 1]
        if len(body.split()) < 3:
            return None
        toks = st.toks
        k1 = next((k for k, t in enumerate(toks) if t.start >= qs), len(toks))
        eid, verb = self._speaker_near(text, st, 0, k1, last_actor)
        if verb is None:
            # «...»، قال فلان
            after = [k for k, t in enumerate(toks) if t.start >= qe]
            if after:
                k0 = after[0]
                for k in range(k0, min(len(toks), k0 + 3)):
                    if toks[k].norm in self.lex.speech:
                        ms = [m for m in st.ments or [] if m.s > k]
                        eid = ms[0].eid if ms else last_actor
                        verb = k
                        break
        if verb is None:
            return None
        prev = sents[st.i - 1] if st.i > 0 else None
        return {"speaker": eid, "text": body, "start": qs + 1, "end": qe - 1,
                "channel": self._channel(st, prev), "_direct": True}

    def _reported(self, doc, sents, st, quotes_spans, last_actor):
        text = doc["text"]
        toks = st.toks
        out = []
        for k, t in enumerate(toks):
            if self.lex.speech.get(t.norm) != "say" and not (t.norm[:1] == "و" and self.lex.speech.get(t.norm[1:]) == "say"):
                continue
            comp = next((j for j in range(k + 1, min(len(toks), k + 10)) if toks[j].norm in ("ان", "انه", "انها", "انهم", "انهما", "بان", "بانه")), None)
            if comp is None or comp + 1 >= len(toks):
                continue
            s, e = toks[comp + 1].start, st.end
            if any(q[0] <= s < q[1] or s <= q[0] < e for q in quotes_spans):
                continue
            if toks[comp].norm not in ("ان", "بان"):
                s = toks[comp].start  # keep the pronoun subject: "أنه اتفق..."
            # (None when _speaker_near found that no party speaks — someone unknown, "وقال محللون إن نتنياهو"، or a
            # report that is no party, "ووثق التقرير ... وأفاد أن": it falls back on last_actor itself otherwise)
            eid = self._speaker_near(text, st, k, comp, last_actor)[0]
            prev = sents[st.i - 1] if st.i > 0 else None
            out.append({"speaker": eid, "text": text[s:e].rstrip(".،"), "start": s, "end": s + len(text[s:e].rstrip(".،")),
                        "channel": self._channel(st, prev), "_direct": False})
            break
        return out

    # ---- merging ------------------------------------------------------------------------------------
    @staticmethod
    def _headline_sent(doc, spans) -> int | None:
        """The index of the headline's sentence (the first one, when it lies inside the page's headline), or None."""
        head = " ".join(((doc.get("article") or {}).get("headline") or "").split())
        if not head or not spans:
            return None
        s, e = spans[0]
        first = " ".join((doc.get("text") or "")[s:e].split())
        return 0 if first and first in head else None

    def _other_front(self, x, y, head) -> bool:
        """Two attacks of a battle report told in two sentences (neither the headline), each with both its sides (named
        armed bodies: battles.both_named) and by an act of its own (a verb, or an indefinite noun: not a definite noun
        that takes up an attack told before, "وأسفر الهجوم"، nor a word of harm, "لقي 20 عنصرا مصرعهم"), the later one
        placed elsewhere (another place read for it) or opened as another front or a further action ("وفي جبهة حرض ..."،
        "وفي السياق، اندلعت مواجهات ..."، "إلى ذلك، استعادت القوات ..."; wordsets.tsv battle/new_front): two occurrences,
        not one told twice. A summary sentence and its details stay apart too ("قصفت قوات الشرعية ومقاتلات التحالف ...
        مواقع في البيضاء والساحل الغربي وصعدة" / "وقالت المصادر إن قوات الشرعية قصفت ... مواقع الحوثيين في جبل
        القرحا"): the gold codes each front."""
        if x["type"] != "ASSAULT" or y["type"] != "ASSAULT" or x["_sent"] == y["_sent"] or head in (x["_sent"], y["_sent"]):
            return False
        for e in (x, y):
            if not _battles.both_named(e, self._dp.by_id) or _told_by_harm(e) or e.get("historical") \
                    or e.get("_pron_victim"):
                return False  # (two armed sides named: not "قبل أن تقتله الشرطة" told again of one gunman)
            w = normalize(e["trigger"]["text"]).split()
            w = w[0] if w else ""
            w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
            w = w[1:] if w[:1] in "بل" and w[1:3] == "ال" else w
            if w.startswith("ال"):
                return False  # (a definite noun takes up an attack told before: "الغارات"، "الهجوم")
        later = x if x["_sent"] > y["_sent"] else y
        if x["location"] and y["location"] and x["location"] != y["location"]:
            return True
        st = self._sents[later["_sent"]]
        opening = normalize(self._text[st.start:min(st.end, st.start + 40)]).lstrip(" \"'«(-–")
        return any(opening.startswith(p) and opening[len(p):len(p) + 1] in ("", " ", "،", ",")
                   for p in _NEW_FRONT)

    def _merge(self, events, dp, head=None):
        """One event per real occurrence: same type, compatible date, and the same parties (by entity or by
        country) → one event, keeping the best-attested version. A headline's event is the story's event told
        short: it is folded into the body's telling of the same type that shares a side with it (ترامب يبحث ملفي
        إيران مع الإمارات / بحث ترامب في اتصالين مع ولي عهد أبوظبي)."""
        def named(i):
            e = dp.by_id.get(i) or {}
            return e.get("type") == "PERSON" and i not in dp.office_ids

        canon = _name_variants(events, dp, named)

        def compatible(a, b, wild=True):
            if a == b or canon.get(a, a) == canon.get(b, b):
                return True
            if named(a) and named(b):
                return False
            ea, eb = dp.by_id.get(a) or {}, dp.by_id.get(b) or {}
            if wild and (not named(a) and not ea.get("country") and ea.get("type") in ("ORG", "NORP")) or \
                    wild and (not named(b) and not eb.get("country") and eb.get("type") in ("ORG", "NORP")):
                return True  # "الوفد", "السلطات": an unqualified party stands for the qualified one
            ca = (dp.by_id.get(a) or {}).get("country")
            cb = (dp.by_id.get(b) or {}).get("country")
            if (not ca or not cb) and not named(a) and not named(b) and ea.get("sector") \
                    and ea.get("sector") == eb.get("sector") and not (ea.get("wikidata") and eb.get("wikidata")) \
                    and "NORP" not in (ea.get("type"), eb.get("type")):
                return True  # "سلاح الجو" told again for "الجيش الوطني الليبي": an unplaced body of the same sector
            if not (bool(ca) and ca == cb):
                return False
            if "GPE" in (ea.get("type"), eb.get("type")) or any(
                    x.get("type") == "NORP" and not x.get("sector") for x in (ea, eb)):
                return True  # the state (or its demonym: تعزيزات فرنسية) stands for its bodies and people
            if named(a) != named(b) and a not in dp.office_ids and b not in dp.office_ids:
                return False  # a named person and a body of the same country (البشير / الجيش) are two parties
            sa, sb = ea.get("sector"), eb.get("sector")
            return not (sa and sb and sa != sb)  # nor the army and the protesters

        def generic_only(ids):
            return bool(ids) and all((dp.by_id.get(i) or {}).get("sector") in ("CVL", None) and not named(i)
                                     and not (dp.by_id.get(i) or {}).get("country") for i in ids)

        def countries(ids):
            return {(dp.by_id.get(i) or {}).get("country") for i in ids} - {None}

        def same_parties(x, y):
            px = x["actors"] + x["recipients"]
            py = y["actors"] + y["recipients"]
            if len(px) > len(py):
                px, py = py, px
            if x["type"] == "ASSAULT" and any(not a["actors"] and not a["recipients"] and a["location"] in (None, b["location"])
                                              for a, b in ((x, y), (y, x))):
                return True  # a telling of the attack with no side at all ("وأعلن مسؤول بالشرطة الأحد مقتل الطفلة"،
                # "كما أصيبت موظفة بالمتجر بجروح طفيفة"، "إن الانفجار وقع أمس الخميس قرب مدينة منبج"): a detail of an
                # attack the story tells, not another attack (session 14: 8 of the 1,000 leads, 3 of 400 unseen); one placed
                # elsewhere ("وفي حادث منفصل، أسفرت غارة جوية على سيارة في صعدة") is another attack
            nx, ny = {canon.get(i, i) for i in px if named(i)}, {canon.get(i, i) for i in py if named(i)}
            if nx and ny and not nx & ny:
                return False  # other people: another occasion
            wild = x["type"] in SYMMETRIC
            if x["type"] == "ACCUSE" and (x.get("_implicit") or y.get("_implicit")) \
                    and not any(compatible(a, b, False) for a in x["actors"] for b in y["actors"]) \
                    and any(compatible(a, b, False) for a in x["actors"] for b in y["recipients"]) \
                    and any(compatible(a, b, False) for a in y["actors"] for b in x["recipients"]):
                return False  # "اتهمت قطر الإمارات ..." and "رد ممثلون عن أبوظبي بأن قطر تدعم الإرهاب": two accusations
            if x["type"] == "ASSAULT" and x["actors"] and y["actors"] and x["recipients"] and y["recipients"] \
                    and not _near_clash(x) and not _near_clash(y) and not _told_by_harm(x) and not _told_by_harm(y) \
                    and not any(compatible(a, b, False) for a in x["actors"] for b in y["actors"]) \
                    and any(compatible(a, b, False) for a in x["actors"] for b in y["recipients"]) \
                    and any(compatible(a, b, False) for a in y["actors"] for b in x["recipients"]):
                return False  # "الاحتلال يقتل فلسطينيا" and "وأطلق عناصر من حماس الصواريخ على إسرائيل": two attacks,
                # one each way, not one attack told twice (but a clash is one fight, whichever side a telling puts first)
            if x["type"] in _TIT_FOR_TAT and _reversed_sides(x, y, compatible) and _verbal(x) and _verbal(y):
                return False  # "روسيا تطرد 23 دبلوماسيا بريطانيا" and "بعدما طردت لندن 23 دبلوماسيا روسيا": a move and
                # the answer to it, each way, not one act told twice (accusations and expulsions are answered in kind;
                # a refusal or a threat told each way is more often one act whose sides a telling misread)
            if bool(px) and all(any(compatible(a, b, wild) for b in py) for a in px):
                return True
            # the same act with its author named differently (القضاء / محكمة في موسكو → تلغرام)
            if x["recipients"] and set(x["recipients"]) == set(y["recipients"]) and \
                    not any(named(i) for i in x["actors"] + y["actors"]):
                ca, cb = countries(x["actors"]), countries(y["actors"])
                if not ca or not cb or ca == cb:
                    return True
            # casualty sentences of one attack (قتل في الاعتداء 14 شخصا)
            if x["type"] in ("ASSAULT",) and any(generic_only(z["recipients"]) for z in (x, y)) \
                    and (set(x["actors"]) & set(y["actors"]) or generic_only(x["actors"]) or generic_only(y["actors"])):
                return True
            # the same occasion told with other words (الوفد الأمريكي / واشنطن → كوريا الشمالية)
            nx, ny = {canon.get(i, i) for i in px if named(i)}, {canon.get(i, i) for i in py if named(i)}
            if nx and ny and not nx & ny:
                return False
            cx, cy = countries(px), countries(py)
            return x["type"] in SYMMETRIC and len(cx) >= 2 and cx <= cy

        def turned(x, y):
            """s24attack: an attacker attacked in turn ("المسلح الذي قتل ثلاثة أشخاص قبل أن تقتله الشرطة"): two acts."""
            return x["type"] == "ASSAULT" and bool(set(x["actors"]) & set(y["recipients"]) or set(y["actors"]) & set(
                x["recipients"])) and not set(x["actors"]) & set(y["actors"]) \
                and bool(x.get("_pron_victim") or y.get("_pron_victim"))  # (the victim a pronoun takes up: not one
            # fight told from both sides, "لقوا مصرعهم في تبادل لإطلاق النار مع قوات الأمن")

        def reciprocal(x, y):
            """Two acts of one sentence by two states against each other (هددت موسكو بطرد وسائل الإعلام البريطانية بعدما
            حذرت بريطانيا من أنها قد تسحب رخصة روسيا اليوم): a move and the move it answers, not one act told twice."""
            if turned(x, y):
                return True
            ax, ay = countries(x["actors"]), countries(y["actors"])
            return x["type"] in ("THREATEN", "REQUEST") and bool(ax) and bool(ay) and not ax & ay \
                and bool(ay & countries(x["recipients"])) and bool(ax & countries(y["recipients"]))

        def fold(hit, ev):
            """Fold ev into hit (two tellings of one occurrence): the richer version stays, completed by the other."""
            if hit["_sent"] == ev["_sent"]:  # two triggers of one sentence: the first one heads it
                # ... unless only a later one names the author ("قتل ثلاثة مدنيين جراء غارة شنتها طائرات التحالف")
                better = ev if (not hit["recipients"] and ev["recipients"] and (ev["actors"] or not hit["actors"])
                                or not hit["actors"] and ev["actors"] and (ev["recipients"] or not hit["recipients"])) \
                    else hit
            else:
                better = ev if _richness(ev, dp) > _richness(hit, dp) else hit
            other = hit if better is ev else ev
            better["_told_in"] = better.get("_told_in", {better["_sent"]}) | other.get("_told_in", {other["_sent"]})
            # (every sentence the occurrence is told in: strikes.anaphoric_authors)
            if better is ev:
                out[out.index(hit)] = ev
            if other["date_text"] and other["start"] < better["start"]:
                better["_told_at"] = min(better.get("_told_at", better["start"]), other.get("_told_at", other["start"]))
                # (where the occasion was first told with its day, when a later telling is kept: _story_days)
            for k in ("actors", "recipients"):  # a side the richer telling leaves empty is the other's ("اعتقال
                # ضباط كبار من القوات الجوية التركية" / "إن السلطات التركية اعتقلت 33 من أفراد القوات الجوية")
                if not better[k] and other[k]:
                    better[k] = [i for i in other[k] if i not in better["actors"] and i not in better["recipients"]]
            for k in ("actors", "recipients"):  # the other wording may name a party more fully
                have = countries(better["actors"] + better["recipients"])
                for i in other[k]:
                    e = dp.by_id.get(i) or {}
                    if i not in better["actors"] and i not in better["recipients"] and len(better[k]) < 3 \
                            and e.get("country") and e["country"] not in have and e.get("sector") not in ("CVL", "MED") \
                            and not any(compatible(i, j) and named(j) for j in better[k]):
                        better[k].append(i)
                        have.add(e["country"])
            better["hypothetical"] = better["hypothetical"] and other["hypothetical"]
            better["historical"] = better["historical"] and other["historical"]
            better["confidence"] = round(min(1.0, max(better["confidence"], other["confidence"]) + 0.05), 3)
            if better["location"] is None:
                better["location"] = other["location"]
            if better["mode"] is None:
                better["mode"] = other["mode"]
            if other["date_text"] and other["date"] and (not better["date_text"] or better["date"] is None):
                # the day the other telling names, where the kept one names none: told without a date text, or with
                # one naming no day ("اجتمع مع الرئيس المصري في مايو/أيار" kept, "زار القاهرة واجتمع بالرئيس المصري
                # سرا في 22 مايو/أيار الماضي" folded). Not a text naming no day ("في فبراير/شباط الماضي"، "الشهر
                # المقبل"، "في 2003"): it dates a background or a coming act, not the occasion told in the kept telling
                better["date"], better["date_text"] = other["date"], other["date_text"]

        def told_in(a, ev):
            """Is party a named in the sentence that tells ev (past its dateline: "دبي، الإمارات العربية المتحدة (CNN)")?"""
            m = _DATELINE.match(self._text, ev["start"], min(len(self._text), ev["start"] + 120))
            lo = m.end() if m else ev["start"]
            return any(lo <= (x.get("start") or 0) < ev["end"] for x in (dp.by_id.get(a) or {}).get("mentions") or [])

        def other_matter(i):
            st = self._sents[i] if i is not None and 0 <= i < len(self._sents) else None
            return st is not None and bool(_strikes._OTHER_MATTER.search(self._text, st.start, min(st.end, st.start + 30)))

        out: list[dict] = []
        for ev in events:
            hit = None
            for o in out:
                if o["type"] != ev["type"] or o["negated"] != ev["negated"] or o["hypothetical"] != ev["hypothetical"]:
                    continue
                if _dates.days_apart(o, ev):
                    continue  # two days told: two occasions (a date without a cue is only the default)
                if o["type"] in _DISTINCT_MODES and o["mode"] and ev["mode"] and o["mode"] != ev["mode"]:
                    continue  # "الكويت تطرد السفير الفلبيني وتستدعي سفيرها من مانيلا": an expulsion and a recall, two acts
                if o["_sent"] == ev["_sent"] and not _critics.other_author(self._text, o, ev, compatible):
                    if reciprocal(o, ev):
                        continue
                    hit = o
                    break
                if o["type"] == "CONSULT" and {_consult_kind(o), _consult_kind(ev)} == {"phone", "met"}:
                    continue  # a phone call and a meeting in person (اتصل ... والتقى الوزيران الجمعة): two occasions
                if o["_sent"] != ev["_sent"] and head not in (o["_sent"], ev["_sent"]) \
                        and other_matter(max(o["_sent"], ev["_sent"])):
                    continue  # "من جهة أخرى، نفذت طائرات التحالف أكثر من 12 غارة": a sentence that opens another
                    # matter tells another occasion, even with the same sides (strikes._OTHER_MATTER)
                if head is not None and (o["_sent"] == head) != (ev["_sent"] == head) and ev["type"] not in SYMMETRIC:
                    hx, bx = (o, ev) if o["_sent"] == head else (ev, o)
                    if len(hx["actors"]) > 1 and bx["actors"] and any(
                            not any(compatible(a, b, False) for b in bx["actors"]) and not told_in(a, bx)
                            for a in hx["actors"]) and any(compatible(a, b, False) for a in hx["actors"]
                                                           for b in bx["actors"]) \
                            and all((dp.by_id.get(a) or {}).get("country") and (dp.by_id.get(a) or {}).get("type") in (
                                "GPE", "PERSON", "ORG") for a in hx["actors"]):
                        continue  # a headline's act of more authors than the body's telling: the headline's own pass
                if self._other_front(o, ev, head):
                    continue  # "وفي جبهة حرض ... سيطرت قوات الشرعية"، "وفي السياق، اندلعت مواجهات ضارية بين قوات الجيش
                    # اليمني والميليشيا": a battle report's next front, another occurrence with the same sides
                if same_parties(ev, o):
                    hit = o
                    break
            if hit is None:
                out.append(ev)
                continue
            fold(hit, ev)  # keep the richer one (named persons, more parties); fold the other in
        def bare(i):  # "الحكومة", "الوفد": a party with neither a name of its own nor a country
            e = dp.by_id.get(i) or {}
            return not named(i) and not e.get("country") and not e.get("wikidata") and e.get("type") in ("ORG", "NORP")

        def titled(i, kinds=("role", "nominal", "name")):  # the phrases of these kinds a party is told by, each word
            # without the article (قيادي حوثي)
            return {" ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in normalize(m["text"]).split())
                    for m in (dp.by_id.get(i) or {}).get("mentions") or () if m.get("kind") in kinds}

        def told_as(a, b):  # a person whose title phrase is told bare for the side (مقتل قيادي حوثي / بمقتل القيادي
            # الحوثي، غالب خرصان): one party
            ea, eb = dp.by_id.get(a) or {}, dp.by_id.get(b) or {}
            if ea.get("type") == "PERSON" and eb.get("type") != "PERSON":
                a, b, ea, eb = b, a, eb, ea
            if eb.get("type") != "PERSON" or ea.get("type") == "PERSON":
                return False
            return bool(titled(b, ("role",)) & titled(a))

        def implied(i):  # a body the coder supplies for an act told without its author ("اعتقال فلسطينيين بعد
            # مقتل إسرائيليين": السلطات of the scene's state), never named in the text: it stands for the body's author
            e = dp.by_id.get(i) or {}
            return not e.get("mentions") and e.get("type") == "ORG" and not named(i)

        def demonym(a, b):  # a headline side told by a nationality adjective only ("القبض على ضابط قطري") for the
            # person or group of that country (or of none told) the body names ("ألقت القبض على المدعو محسن الكربي")
            ea, eb = dp.by_id.get(a) or {}, dp.by_id.get(b) or {}
            return ea.get("type") == "NORP" and not ea.get("sector") and bool(ea.get("mentions")) and all(
                m.get("kind") == "demonym" for m in ea["mentions"]) and eb.get("type") in ("PERSON", "NORP") \
                and eb.get("country") in (None, ea.get("country")) and not (eb.get("type") == "NORP" and not eb.get("country"))

        def kin(a, b):  # the same author told in two wordings (no wildcard for a known body without a country: الأمم المتحدة)
            return compatible(a, b, wild=False) or bare(a) or bare(b) or told_as(a, b) or implied(a)

        def state_kin(a, b):  # the same author: one entity, a bare body, or the state for its own bodies and people
            if a == b or bare(a) or bare(b) or implied(a):
                return True
            ea, eb = dp.by_id.get(a) or {}, dp.by_id.get(b) or {}
            return bool(ea.get("country")) and ea.get("country") == eb.get("country") and any(
                x.get("type") == "GPE" or x.get("type") == "NORP" and not x.get("sector") for x in (ea, eb))

        def relative(e):  # told in a relative clause (مدينة منبج التي تهدد أنقرة بمهاجمتها): background to the story
            w = self._text[max(0, e["trigger"]["start"] - 12):e["trigger"]["start"]].split()
            return bool(w) and w[-1] in _RELATIVES

        if head is not None:
            for h in [e for e in out if e["_sent"] == head]:
                if h not in out:
                    continue
                best, score = None, 0
                for o in out:
                    if o is h or o["_sent"] == head or o["type"] != h["type"] or o["negated"] != h["negated"] \
                            or o["hypothetical"] != h["hypothetical"] or relative(o):
                        continue
                    if _dates.days_apart(o, h):
                        continue
                    if h["type"] == "CONSULT" and {_consult_kind(o), _consult_kind(h)} == {"phone", "met"}:
                        continue
                    sa = sum(any(kin(a, b) for b in o["actors"]) for a in h["actors"])
                    # (targets: a bare one matches only the victims of an attack, "إصابة ستين شخصا"; not "الأوروبيون")
                    sr = sum(any(kin(a, b) if h["type"] == "ASSAULT" else compatible(a, b, wild=False) or demonym(a, b)
                                 for b in o["recipients"]) for a in h["recipients"])
                    if h["actors"] and o["actors"] and not sa:
                        continue  # other authors: another act
                    if sa and _placed_apart(h["actors"], o["actors"], countries, compatible) \
                            and not all(implied(a) for a in h["actors"]):
                        continue  # authors of other countries met only through a bare body (الجزائر تدين / أدانت
                        # السعودية والبحرين ومجلس التعاون): two condemnations, not one told twice
                    if h["recipients"] and o["recipients"] and not sr and not any(
                            state_kin(a, b) for a in h["actors"] for b in o["actors"]):
                        continue  # other targets and authors only of one country (المهنيون / المتظاهرون): two acts
                    if h["recipients"] and o["recipients"] and not sr and all(
                            any(self._placed(i) for i in x["recipients"]) for x in (h, o)):
                        continue  # other targets both pinned down (بومبيو يدعو لمحاسبة خامنئي / حضت واشنطن مجلس الأمن)
                    if h["type"] in ("THREATEN", "REQUEST") and h["recipients"] and o["recipients"] and not sr \
                            and all(self._placed(i) for i in h["recipients"]) and all(
                                (dp.by_id.get(i) or {}).get("type") == "NORP" for i in o["recipients"]):
                        continue  # a threat to states in the headline is not the one to a people in the body
                        # (خاتمي يهدد السعودية والإمارات والبحرين / إذا لم يقدم الأوروبيون ضمانا فإننا سننسحب)
                    nh = {i for i in h["actors"] + h["recipients"] if named(i)}
                    no = {i for i in o["actors"] + o["recipients"] if named(i)}
                    if nh - no and no - nh and not sr and h["recipients"] and o["recipients"]:
                        continue  # other people on the other side (بعد أيام على لقاء بوتين ونتانياهو): another occasion
                    sc = sa + sr + (not h["actors"] and not h["recipients"])
                    if sc > score:  # (no side in common: another act)
                        best, score = o, sc
                if best is not None:
                    extra = [a for a in h["actors"] if not any(kin(a, b) for b in best["actors"])]
                    if extra and len(extra) < len(h["actors"]) and h["type"] not in SYMMETRIC and best["actors"] \
                            and not any(told_in(a, best) for a in extra) \
                            and all((dp.by_id.get(a) or {}).get("country") and (dp.by_id.get(a) or {}).get("type") in (
                                "GPE", "PERSON", "ORG") for a in h["actors"]) \
                            and all(any(compatible(a, b, False) for b in best["actors"]) for a in h["actors"]
                                    if a not in extra) \
                            and not any(o is not h and o is not best and o["type"] == h["type"]
                                        and any(kin(a, b) for a in extra for b in o["actors"]) for o in out):
                        # "السعودية والإمارات تؤيدان قرار ترامب" over "أيدت السعودية قرار ...": the body tells one
                        # author's act; the other's is told only in the headline and stays an event of its own
                        out.insert(out.index(h) + 1, dict(h, actors=extra, recipients=list(h["recipients"]),
                                                          context=list(h["context"])))
                        h["actors"] = [a for a in h["actors"] if a not in extra]
                    if best["actors"] and h["actors"] and all(implied(a) for a in h["actors"]):
                        h["actors"] = []  # the body names the author the headline's act only implied
                    h["recipients"] = [a for a in h["recipients"] if not any(
                        demonym(a, b) and not compatible(a, b, wild=False) for b in best["recipients"])]
                    # (and the person the headline told by his nationality alone: محسن الكربي, not also "قطري")
                    out.remove(best)
                    fold(h, best)
        return out


def _placed_apart(xs, ys, countries, compatible) -> bool:
    """Two author lists that both name placed parties, of no country in common, and match only through a bare
    party (a body with neither a name nor a country: "مجلس التعاون", "الحكومة"): two authors, not one told twice."""
    cx, cy = countries(xs), countries(ys)
    return bool(cx) and bool(cy) and not cx & cy and not any(compatible(a, b, False) for a in xs for b in ys)


_TIT_FOR_TAT = frozenset(("ACCUSE", "SANCTION"))  # acts two states answer in kind (_reversed_sides)


def _verbal(ev) -> bool:
    """An event told by a finite verb (اتهمت، طردت، تندد), whose subject the text names: not a noun (دعمه، لرفضها,
    الاتهامات), whose sides the coder reads with less certainty."""
    w = (ev.get("trigger") or {}).get("text") or ""
    w = normalize(w.split()[0]) if w.split() else ""
    w = w[1:] if w[:1] in "وف" and len(w) > 3 else w
    return w in VERB_FORMS


def _reversed_sides(x, y, compatible) -> bool:
    """Two tellings with both sides named, each one's author the other's target and no author in common."""
    return bool(x["actors"] and y["actors"] and x["recipients"] and y["recipients"]) \
        and not any(compatible(a, b, False) for a in x["actors"] for b in y["actors"]) \
        and any(compatible(a, b, False) for a in x["actors"] for b in y["recipients"]) \
        and any(compatible(a, b, False) for a in y["actors"] for b in x["recipients"])


def _name_words(e) -> set[str]:
    """The normalised words a person entity is written with (its Arabic name and mentions), article dropped."""
    out = set()
    for t in [e.get("name_ar") or ""] + [(m.get("text") or "") for m in e.get("mentions") or [] if isinstance(m, dict)]:
        for w in normalize(t).split():
            w = w[2:] if w.startswith("ال") and len(w) > 4 else w
            if len(w) >= 2:
                out.add(w)
    return out


_NAME_FILLER = {"عبد", "بن", "ابن", "ابو", "بنت", "الملك", "ملك", "امير", "الامير", "الرييس", "رييس", "الشيخ", "شيخ"}


def _name_variants(events, dp, named) -> dict:
    """Named persons of the events written two ways in one story ("عبد الله" / "الملك عبد الله الثاني", "الملقي" /
    "هاني الملقي"): each shorter form whose words all belong to exactly one longer form of the story (and not to
    another person's) maps to that one; countries must not differ."""
    ids = {i for e in events for i in e["actors"] + e["recipients"] if named(i)}
    if len(ids) < 2:
        return {}
    people = [i for i, e in dp.by_id.items() if named(i)]
    words = {i: _name_words(dp.by_id.get(i) or {}) for i in people}
    out = {}
    for a in ids:
        wa = words.get(a) or set()
        if not wa - _NAME_FILLER or not any(len(w) >= 3 for w in wa - _NAME_FILLER):
            continue
        ca = (dp.by_id.get(a) or {}).get("country")
        sup = [b for b in people if b != a and wa < (words.get(b) or set())]
        if len(sup) == 1:
            cb = (dp.by_id.get(sup[0]) or {}).get("country")
            if not (ca and cb and ca != cb):
                out[a] = sup[0]
                continue
        # one foreign name transcribed with and without a long vowel ("كارلس بيغديمونت" / "كارليس بيغديمونت"):
        # the same words once the long vowels are dropped; the lower id stands for both
        ska = _name_skeleton((dp.by_id.get(a) or {}).get("name_ar") or "")
        if ska is None:
            continue
        same = [b for b in people if b != a and _name_skeleton((dp.by_id.get(b) or {}).get("name_ar") or "") == ska]
        if len(same) == 1:
            cb = (dp.by_id.get(same[0]) or {}).get("country")
            if not (ca and cb and ca != cb) and str(same[0]) < str(a):
                out[a] = same[0]
    return out


def _name_skeleton(name: str):
    """A person's name of two words or more with its long vowels (ا و ي ى) dropped inside each word, or None."""
    ws = normalize(name).split()
    if len(ws) < 2:
        return None
    sk = tuple(w[0] + "".join(c for c in w[1:] if c not in "اويى") for w in ws)
    return sk if all(len(w) >= 2 for w in sk) else None


# verbs of announcing a strike one made (أعلن الحوثيون استهداف ...) and the verbal nouns of striking they take
_ANNOUNCE = frozenset(("اعلن", "اعلنت", "اعلنا", "اعلنوا", "يعلن", "تعلن", "يعلنون", "يعلنان", "تعلنان"))
_CLAIMED_STRIKES = frozenset(("استهداف", "قصف", "تدمير", "مهاجمه", "ضرب", "اسقاط", "اقتحام", "تفجير"))
def _continued(w: str) -> bool:
    """A verb of going on with an act (واصل، تواصل، وواصلت)?"""
    return w in _CONTINUED or w[:1] in "وف" and w[1:] in _CONTINUED


def _kidnappers(text, toks, groups, te):
    """(kidnappers, captives) when a relative clause within eight words after a release names who kidnapped the
    ones released ("عن الرهائن الذين اختطفهم مسلحون"، "تلميذات المدرسة اللائي اختطفتهن ميليشيا"), else None."""
    for k in range(te + 1, min(len(toks), te + 9)):
        if _STRONG.search(text, toks[k - 1].end, toks[k].start) and k > te + 1:
            return None
        if toks[k - 1].norm in _RELATIVES and _kidnap_verb(toks[k].text):
            doer = next((g for g in groups if g["s"] == k + 1 and g["prep"] is None), None)
            held = next((g for g in groups if te <= g["s"] and g["e"] <= k - 1), None)
            if doer is None:
                return None
            return list(doer["ids"]), list(held["ids"]) if held is not None else []
    return None


def _kidnap_verb(surface: str) -> bool:
    """Is the trigger a finite verb of kidnapping (اختطفوا، تخطف، اختطفتهن; not the noun اختطاف)?"""
    w = normalize(surface)
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    if w in _KIDNAP_VERBS:
        return True
    for suf in ("هما", "هم", "هن", "ها", "ه"):  # (an object pronoun: اختطفوه، اختطفتهن)
        v = w[:-len(suf)]
        if w.endswith(suf) and (v in _KIDNAP_VERBS or v + "ا" in _KIDNAP_VERBS):
            return True
    return False


def _launch(toks, k) -> bool:
    """A verb of launching with its subject to come (أطلق، أطلقت، يطلقون), or a launch told as the way a side replied
    (وردت إيران بإطلاق); not a launch noun someone detects or names (رصدت الدفاعات إطلاق صاروخ، قاعدة لإطلاق الصواريخ)."""
    w = toks[k].norm.lstrip("وف")
    if w.startswith(("اطلق", "يطلق", "تطلق")) and not w.startswith("اطلاق"):
        return True
    return w == "باطلاق" and any(toks[j].norm.lstrip("وف").startswith("رد") for j in range(max(0, k - 3), k))


_STRUCK_THINGS = frozenset(("موكب", "موكبا", "قافله", "سياره", "مبني", "منزل", "مستشفي", "مدرسه", "سوق"))  # struck targets
_THE_AGREEMENT = frozenset(("بالاتفاق", "بالاتفاقيه", "بالاتفاقيات", "بالهدنه", "بالتفاهم", "بالصفقه", "بالمعاهده"))
_TOWN_HEADS = word_set("town", "head")  # (data/wordsets.tsv: مدينة، قرية، بلدة ... before a place name)


def _town_named(toks, g) -> bool:
    """Is group g a place named after a town's head noun (مدينة مأرب، قرية جنديرس؛ wordsets town/head)?"""
    return g["s"] > 0 and toks[g["s"] - 1].norm.lstrip("و").removeprefix("ال") in _TOWN_HEADS


_TOWARD = frozenset(("باتجاه", "نحو", "صوب", "تجاه"))  # where a launched projectile is aimed (not على: too many readings)
_HARM_GENITIVE = frozenset(("مقتل", "مصرع", "اصابه", "اصابات", "اغتيال", "استشهاد", "جرح"))  # (_harm_genitive)
_HIT_WITH = frozenset(("بالرصاص", "برصاص", "بالرصاص الحي", "بنيران", "بالنيران", "بطلق", "بطلقات", "بعيار", "بشظايا"))
_RELATIVES = word_set("relative")  # (data/wordsets.tsv)
_APPOSED_PRONOUNS = word_set("apposition", "pronoun")  # (data/wordsets.tsv; s23sides)
_JUDGED_NOT_AFTER = word_set("judged", "not_after")  # (stage._judged_act_author: data/wordsets.tsv)
# (acts no such clause judges: words, and a protest, whose noun names the protesters: "اعتقلت ... عشرات المحتجين، في
# حملة انتقدتها منظمة العفو" judges the arrests)
_NOT_JUDGED_ACTS = frozenset(("ACCUSE", "REJECT", "REQUEST", "PROTEST"))
# (verbal acts a headline tells as its lead's statement: stage._lead_speaker_of)
_SAID_ACTS = frozenset(("ACCUSE", "REJECT", "REQUEST", "THREATEN"))
_STANDING_REL = frozenset(("ACCUSE", "THREATEN", "REJECT"))  # (the imperfect after a relative pronoun: a description)


def st_text(stage):
    return stage._text


def _arg_keys(events, ents) -> list[str]:
    """Classifier features from the events the coder built for a sentence (type, factuality, party kinds)."""
    out = []
    for e in events:
        t = e["type"]
        fl = "N" if e["negated"] else "H" if e["hypothetical"] else "P" if e["historical"] else "F"
        out.append(f"EV:{t}:{fl}")
        for role, ids in (("A", e["actors"]), ("R", e["recipients"])):
            for i in ids[:2]:
                x = ents.get(i) or {}
                out.append(f"E{role}:{t}:{x.get('sector') or x.get('type') or '?'}")
            if not ids:
                out.append(f"E{role}:{t}:none")
    return out


def _richness(ev, dp):
    n = 0
    for i in ev["actors"] + ev["recipients"]:
        e = dp.by_id.get(i) or {}
        if str(i).startswith("ev-p") and not e.get("mentions"):
            n += 0.5  # an implied party (the authorities behind an arrest told without its author) weighs less than
            continue  # one the other telling names ("ألقت قوات الشرطة المصرية القبض على شخصين")
        n += 3 if e.get("type") == "PERSON" and not str(i).startswith("ev-p") else 2 if e.get("type") == "PERSON" else 1
    return (not ev["hypothetical"], n, ev["confidence"])


_HARM = ("قتل", "مقتل", "قتلي", "قتيل", "مصرع", "اصيب", "اصابه", "اصابات", "جرحي", "جريح", "جرح", "لقي", "لقوا")


def _country_after(text, toks, locs, k) -> str | None:
    """The country of the first place named after token k in its sentence (before a full stop), or None."""
    for g in locs:
        if g["s"] > k and not _full_stop_between(text, toks, k, g["s"]):
            iso = next((x.country for x in g["m"] if x.country), None)
            if iso:
                return iso
    return None


def _harm_word(norm: str) -> bool:
    """A word of death or injury (قتل، مقتل، أصيب، جرحى، لقي حتفه): harm told without saying who caused it."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    return w.startswith(_HARM) or w.lstrip("ال").startswith(_HARM)


_FULL_STOP = re.compile(r"[.!?؟\n]")  # (a sentence ends: "في قصر الإليزيه. وقال مصدر")
_NOT_SUBJECT_WORDS = {"بلاده", "حكومته", "نحو", "حوالي", "ايضا", "مجددا", "اليوم", "امس", "الليله", "لاحقا", "سابقا", "فيه", "فيها", "حينها", "عندها",
                      "صراحه", "مرارا", "ساخرا", "مازحا", "مستدركا", "متسايلا", "اثناء", "عقب", "بعد", "قبل", "امام", "عبر"}
_AUTHORED_NOUNS = ("بيان", "تغريد", "تدوين", "مقابل", "تصريح", "كلم", "خطاب", "حديث", "رسال", "منشور")
# the complementizers that open a told clause (قال إن، أكد أنه، أعلن بأنها). One set for the whole module: three
# definitions with other members used to stand in this file, and only the last one was ever in effect
_COMPLEMENTIZERS = frozenset(("ان", "انه", "انها", "انهم", "انهما", "بان", "بانه", "بانها", "وان"))
_UNNAMED: list = []  # (_welcomed_owner: the act reacted to has an owner the text names by a noun that is no party)
_CHAIN_BREAK = {"في", "من", "علي", "الي", "عن", "مع", "حول", "بشان", "ضد", "منذ", "خلال", "بعد", "قبل", "ان", "انه", "انها",
                "الذي", "التي", "الذين", "و", "او", "ثم", "لكن", "حتي", "عند", "لدي"}
_MANNER = {"ايضا", "كذلك", "بقوه", "بشده", "بحراره", "بالكامل", "تماما", "كثيرا", "دايما", "مجددا", "بدوره", "بدورها"}
_ISSUED = {"صادر", "صادره", "مقدم", "مقدمه", "مبذول", "مبذوله", "متخذ", "متخذه", "معلن", "معلنه"}
_KANA = {"كان", "كانت", "كانوا", "كانا", "كانتا", "كن"}  # the auxiliary of the pluperfect (كان ... قد + past)
_VERB_OPENERS = {"قد", "وقد", "لقد", "ثم", "كما", "وكما", "كذلك", "وكذلك", "حيث", "فيما", "بينما", "عندما", "حين"}
_STANCE_BREAK = re.compile(r"[.؛;:!?؟\n]")
_STANCE_NOUNS = ("تاييد", "ترحيب", "اشاده", "تهنيه", "تضامن", "وقوف", "مبارك", "ثناء")
_STANCE_BARE = {"دعم", "تاييد", "ترحيب", "تضامن", "وقوف", "اشاده", "تهنيه", "مباركه"}
_STANCE_PRONOUNS = ("", "ه", "ها", "هم", "هما", "نا", "ي", "كم")


def _indefinite_noun(t) -> bool:
    """A bare indefinite noun (مقاتلين، فصيل، متسللون): no article, no clitic, not a particle or a number; a verb right
    after one with a pronoun of it opens a relative clause on it (متسللين تدعمهم الحكومة)."""
    w = t.norm
    return len(w) > 3 and w[:2] != "ال" and w[:1] not in "وفبلك" and not w.isdigit() and w not in VERB_FORMS \
        and w not in _RELATIVES and w not in _COMPLEMENTIZERS and w not in _CHAIN_BREAK and w not in _VERB_OPENERS


def _masc_sg_verb(norm: str) -> bool:
    """A verb of the masculine singular (طالب، أدان، يطالب; not طالبت، تطالب, not a ت-initial perfect such as تعهد
    whose gender the form does not show, and not a bare three-letter form)."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    w = w[1:] if w[:1] == "س" and w[1:2] in "يت" else w
    w3 = norm[1:] if norm[:1] in "وف" and len(norm) == 4 else w
    if len(w3) == 3 and w3.endswith("ا") and w3[:1] not in "تن":
        return True  # (a defective verb no noun spells so, listed alone in the lexicon: دعا، ودعا)
    if w not in VERB_FORMS or _plural_verb(w):
        return False
    # (a bare three-letter form is as often the verbal noun: "بناء على طلب دولة الكويت"، "ودعم قطر لأعمال")
    return w[:1] == "ي" or len(w) > 3 and w[:1] not in "تن" and not w.endswith(("ت", "تا"))


_WARN_DEMAND = word_set("warn", "demand")


def _warned_demand(text, toks, ts, te) -> bool:
    """A warning (حذر، تحذير) whose complement, within eight words and before a strong break, opens with a demand
    word (بضرورة، بالالتزام، من ضرورة: data/wordsets.tsv warn/demand) and no "وإلا" (or else) follows in the sentence:
    what the one warned must do is asked of him."""
    if not toks[ts].norm.lstrip("وفل").startswith(_WARN):
        return False
    for k in range(te, min(len(toks), te + 8)):
        if _full_stop_between(text, toks, te, k):
            return False
        w = toks[k].norm
        if w[:1] == "ب" and w[1:] in _WARN_DEMAND or w == "من" and k + 1 < len(toks) and toks[k + 1].norm in _WARN_DEMAND:
            # (إلا as written: "ألا" (أن لا) folds to the same الا and is no "or else": "وقال إن إيران ألا تقبل")
            return not any(toks[j].norm in ("والا", "الا") and "أ" not in toks[j].text and toks[j - 1].norm != "ما"
                           for j in range(k, len(toks)) if not _full_stop_between(text, toks, k, j))
        if w == "من":
            return False
    return False


def _feminine_state(toks, g) -> bool:
    """A group opening with a state or city named as a GPE of feminine grammar (فرنسا، الولايات المتحدة، موسكو; not
    العراق، الأردن, which take a masculine verb): after a masculine verb it cannot be the subject ("وأدان سلام الغارات،
    وطالب الولايات المتحدة وفرنسا بالضغط على إسرائيل": the states are asked)."""
    first = min(g["m"], key=lambda x: x.s) if g["m"] else None
    if first is None:
        return False
    if g["s"] < first.s and toks[g["s"]].norm.lstrip("و") in _MASC_HEADS:
        return False  # "وطالب أعضاء المعارضة الحكومة"، "وهاجم عناصر من الشرطة": the phrase opens at a masculine plural of
        # members the verb agrees with (_member_head, _partitive), not at the body after it (s23groups)
    if first.kind in ("ORG", "NORP"):
        # a body or crowd named by a definite feminine noun: a sound feminine plural (الميليشيات، السلطات، القوات) or
        # a singular in ة (الحكومة، الشرطة، حركة حماس): "ودعا الميليشيات الحوثية لإنهاء الانقلاب" (they are called)
        w = toks[first.s].norm.lstrip("و")
        # (the ة as written: a masculine participle in ه is none, "وينفي المشتبه به الاتهامات" -- the suspect denies; s21fp)
        ta = toks[first.s].text.rstrip("ًٌٍَُِّْ").endswith("ة")
        return (w.startswith("ال") and (w.endswith("ات") and len(w) > 5 or w.endswith("ه") and ta and len(w) > 4)
                or w in ("حركه", "جماعه", "حكومه", "منظمه", "هيءه", "هييه", "ميليشيا", "مليشيا", "ميليشيات", "مليشيات"))
    if first.kind != "GPE":
        return False
    return " ".join(t.norm for t in toks[first.s:first.e]).lstrip("و") not in _MASC_STATES


_MASC_STATES = frozenset(("العراق", "الاردن", "السودان", "المغرب", "لبنان", "اليمن", "الفاتيكان", "الصومال"))


def _plural_verb(norm: str) -> bool:
    """A verb that carries a plural or dual subject of its own (يؤيدون، تؤيدان، رحبوا، أشادا): in Arabic a verb before
    its subject stays singular, so the party after such a verb is its object, not its subject ("زعماء غربيون يؤيدون
    بريطانيا")."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    w = w[1:] if w[:1] == "س" and w[1:2] in "يت" else w
    if w[:1] in "يت" and w.endswith(("ون", "ان")) and len(w) > 4:
        return w in VERB_FORMS
    return w.endswith(("وا", "تا")) and len(w) > 4 and w in VERB_FORMS


_PLACED_SECTORS = frozenset(("CVL", "REB", "OPP"))  # (people, and armed men or opponents named by a generic noun)
_PLACED_ATTACKER = word_set("placed", "attacker")


def _placed_victims(events, by_id, story_iso=None) -> None:
    """People of no named nationality who suffer an attack or a coercive act in a place of one country (قتل سبعة
    أشخاص ... وسط بنغازي، أصيب 26 شخصا في نجران، اعتقلت الشرطة 60 متظاهرا في عمّان) are people of that country: the
    generic party (civilians, residents, people counted, protesters: sector CVL; militants, fighters, the opposition:
    REB, OPP, not a word naming an attacker) takes the country of the act's place, else ``story_iso`` (the story's
    country, where its dominant country and its scene agree), when every such act it suffers lies in the same country
    and it has none of its own. A crowd protesting in a place is of its country too ("وتجمع المحتجون في ...")."""
    isos: dict[str, set] = {}
    for ev in events:
        side = ev["recipients"] if ev["type"] in ("ASSAULT", "COERCE") else ev["actors"] if ev["type"] == "PROTEST" else ()
        if not side:
            continue
        iso = (by_id.get(ev["location"]) or {}).get("country") if ev.get("location") else story_iso
        for r in side:
            e = by_id.get(r) or {}
            if e.get("type") in ("NORP", "ORG") and e.get("sector") in _PLACED_SECTORS and not e.get("country") \
                    and not e.get("kb_id") and not e.get("wikidata") and not (e.get("sector") != "CVL" and any(
                        normalize(w) in _PLACED_ATTACKER for w in (e.get("name_ar") or e.get("name") or "").split())):
                isos.setdefault(r, set()).add(iso)
    for r, found in isos.items():
        if len(found) == 1 and None not in found:
            by_id[r]["country"] = found.pop()


def _reaction_prefixed(norm: str) -> bool:
    """Does a reaction verb take its object with a preposition (رحب بـ، أشاد بـ، أثنى على) rather than directly (أيد،
    ثمن، دعم، بارك)?"""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    return any(x in w for x in ("رحب", "شيد", "شاد", "ثني", "اثن"))


def _stance_noun(toks, ts) -> bool:
    """Is the support trigger at ts a noun of stance (الدعم، تأييده، دعم إيران، ترحيبها، التضامن مع)? Not one with a
    clitic preposition (بدعم، لدعمها: a complement or a reason, read elsewhere), nor an adverbial accusative (دعما
    لـ، تضامنا مع: the manner of the main verb), nor the bare perfect دعم after a relative or قد (الذي دعم)."""
    t = toks[ts]
    w = t.norm[1:] if t.norm[:1] in "وف" and len(t.norm) > 3 else t.norm
    if w[:2] == "ال":
        w = w[2:]
    elif w[:1] in "بل" and len(w) > 3:
        return False
    if any(w == c + p for c in ("اشادت", "تهنيت") for p in _STANCE_PRONOUNS if p):
        return True  # the construct form before a pronoun (إشادتها، تهنئته; not the verb أشادت)
    if any(w == "دعم" + p for p in _STANCE_PRONOUNS):
        return ts > 0 and toks[ts - 1].norm not in _RELATIVES | _VERB_OPENERS  # (كما دعم، حيث دعم، الذي دعم: a verb)
    if t.text.rstrip("\u064b").endswith("ا") and w[:-1] in _STANCE_BARE:
        return False  # (تضامنا، دعما، تأييدا: accusatives; تضامننا، دعمنا: "our")
    return w.startswith(_STANCE_NOUNS)


_AL_PERFECTS = word_set("perfect", "al_initial")  # (data/wordsets.tsv)


def _is_noun(norm: str) -> bool:
    w = norm
    if w[:1] in "وف" and len(w) > 4:
        w = w[1:]
    if w[:1] in "بل" and len(w) > 4 and w[1:3] == "ال":
        w = w[1:]
    if w.startswith("لل"):
        return True
    if w[:1] in "بل" and w[1:] in ("مقتل", "مصرع"):
        w = w[1:]  # (بمقتل القيادي الحوثي: the harm noun after a preposition)
    return w.startswith("ال") or w.startswith("م") and len(w) > 5 or w in ("مقتل", "مصرع")


def is_noun_arg(w: str) -> bool:
    return w.startswith("ال")


def _masdar(norm: str) -> bool:
    """The shape of a verbal noun (اقتحام، اغتيال، انفجار، استهداف، تفجير، هجوم). Not إفعال (إرسال): it is also the
    shape of broken plurals (أطراف، أعمال); see _if3al for trigger words."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if w[:1] in "بل" and len(w) > 5:
        w = w[1:]
    return len(w) == 6 and w[0] == "ا" and w[4] == "ا" or len(w) == 7 and w.startswith("است") and w[5] == "ا" \
        or len(w) == 5 and w[0] == "ت" and w[3] == "ي" or len(w) == 4 and w[2] == "و"


_BARE_MASDARS = word_set("obligation", "bare")  # (data/wordsets.tsv: three-letter verbal nouns: فتح، وقف، بذل)


def _obliged_noun(norm: str) -> bool:
    """Is the word after an obliged party (إن على X ...) the act laid on it as a verbal noun: a derived-stem shape
    (_vn: تنفيذ، إبعاد، إجراء، انسحاب؛ مفاعلة: معالجة، مراجعة؛ إفالة: إدانة، إعادة؛ تفعّل/تفاعل: التدخل، توخي، التعاون)
    or a listed bare one (فتح، وقف، قبول)? Not أن (the verb follows: the row's own need) nor a preposition."""
    w = norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm
    if _vn(w) or w in _BARE_MASDARS or norm in _BARE_MASDARS:
        return True
    if len(w) == 6 and w[0] == "م" and w[2] == "ا" and w[-1] == "ه":
        return True  # معالجه، مراجعه، مواصله
    if len(w) == 5 and w[0] == "ا" and w[-1] == "ه" and w[2] == "ا":
        return True  # اعاده، اقامه، ادانه، اثاره (إفالة of a hollow root)
    return len(w) in (4, 5) and w[0] == "ت" and not w.endswith(("ون", "ين", "ان"))  # التدخل، توخي، تعاون


def _content_head(w: str, lex) -> bool:
    """A complement that opens the content of a demand or threat: بـ/لـ + a verbal noun (بمنع، بالإفراج، لاتخاذ)
    or إلى before one ("دعا إلى وقف")."""
    if w in ("الي", "إلى", "ب"):  # "دعا إلى"، "طالبوا بـ"البديل الاقتصادي" وإطلاق سراح ناشطين"
        return True
    if w[:1] not in "بل" or len(w) < 4:
        return False
    rest = w[1:]
    if rest.startswith("ل") and w.startswith("لل"):
        rest = "ال" + rest[1:]
    return rest.startswith("ال") and (_masdar(rest[2:]) or rest[2:] in lex.trig.trie or rest in lex.trig.trie) \
        or _masdar(rest) or rest in lex.trig.trie or w[0] == "ب" and _if3al(rest)  # بإلغاء، بإنهاء (not للأطراف)


def m_decision(toks, ts) -> bool:
    """Is the act at ts the content of a decision named just before it (قرار/قراره/بقرارها ... قطع)?"""
    for k in range(max(0, ts - 3), ts):
        w = toks[k].norm.lstrip("وفبل")
        if w.startswith(("قرار", "القرار")) and len(w) <= 8:
            return True
    return False


_COND_WORDS = frozenset(("اذا", "واذا", "فاذا", "مالم", "حال", "حاله", "ما"))  # (_conditional_threats' first test)
_FUTURE_WORDS = frozenset(("سوف", "فسوف", "وسوف", "لن"))  # (the particles _future reads before a verb)
_FIRST2 = operator.itemgetter(slice(0, 2))
_TOK_NORM = operator.attrgetter("norm")


@lru_cache(maxsize=100_000)
def _future_stem(norm: str) -> str | None:
    """The stem of a future imperfect (ستسوي → سوي، سننسحب → نسحب، سنضربكم → ضرب), else None."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if w[:1] == "س" and w[1:2] in ("ي", "ت", "ن"):
        w = w[1:]
    if w[:1] not in ("ي", "ت", "ن") or len(w) < 3:
        return None
    w = w[1:]
    for suf in ("ون", "ان", "ين", "كم", "هم", "ها", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 2:
            return w[:-len(suf)]
    return w


# nouns of meeting with a pronoun or the article (لقاءه، لقائه، اجتماعه، زيارته، القمة): _held_later is asked of them
_MEETING_STEMS = ("لقاء", "لقاي", "اللقاء", "اجتماع", "الاجتماع", "قمه", "القمه", "زيار", "الزيار", "محادثات",
                  "المحادثات", "مباحثات", "المباحثات", "مفاوضات", "المفاوضات")


def _meeting_noun(w: str) -> bool:
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    return w.startswith(_MEETING_STEMS) or w[:1] in "بل" and w[1:].startswith(_MEETING_STEMS)


_PENALTY_WORDS = frozenset(("الموبد", "المءبد", "المشدد", "لمده", "مدي", "الحياه", "سنوات", "عاما", "سنه", "اعوام", "شهرا",
                            "اشهر", "عشر", "عشره", "خمس", "خمسه", "ثلاث", "ثلاثه"))
_INSTRUMENTS_N = frozenset(("طيران", "مقاتلات", "طايرات", "طايره", "مدفعيه", "بوارج", "مروحيات", "قوات"))


def _perfect_form(w: str) -> bool:
    """A perfect verb form of a trigger, with or without a leading و/ف (وافقتا is a perfect itself, not و + افقتا)."""
    return w in PAST_FORMS or w[:1] in "وف" and w[1:] in PAST_FORMS


def _subjunctive_after(toks, j, end) -> bool:
    """Token j opens an "أن" clause with an imperfect verb (على أن تبدأ، على أن يتم) before character offset end: the
    act agreed on or asked for, still to be done."""
    return j + 1 < len(toks) and toks[j + 1].end <= end and toks[j].norm == "ان" \
        and toks[j + 1].norm[:1] in "يتن" and len(toks[j + 1].norm) > 2


def _held_later(text, toks, te, groups=()) -> bool:
    """A future verb (سيعقد، ستكون), a modal قد before an imperfect (قد لا يعقد، قد يتأجل) or لن within the clause right
    after a meeting noun (its predicate; the noun's genitive and an apposition between commas may come first): the
    meeting is still to come."""
    for k in range(te, min(len(toks), te + 18)):
        if k > te and (_full_stop_between(text, toks, te, k) or any(c in text[toks[k - 1].end:toks[k].start] for c in ':"«»“”')):
            return False
        w = toks[k].norm
        if any(g["s"] <= k < g["e"] for g in groups or ()):
            continue  # (the meeting's parties: "القمة التاريخية بين الرئيس الكوري الجنوبي مون جيه إن والزعيم الكوري
            # الشمالي كيم جونغ أون، ستشمل عشاء رسميا": neither the و of the second party nor a name's إن ends the clause)
        if k > te and w[:1] == "و" and w not in ("ولا", "ولن"):
            return False  # (a clause joined by و: "التقى ترامب بكيم ... وسيعقد مؤتمرا صحفيا")
        if w in _RELATIVES or w in ("ان", "بان", "انه", "انها"):
            return False  # (another clause begins: "الاجتماع الذي عقد ... أن المحادثات ستستأنف")
        if _future_verb(w) and w not in _KNOWN_WORDS or w == "لن" or w == "قد" and k + 1 < len(toks) and (
                toks[k + 1].norm == "لا" or toks[k + 1].norm[:1] in "يت" and len(toks[k + 1].norm) > 3):
            return True
    return False


def _may_imperfect(toks, k) -> bool:
    """The word at k (after a لا) is an imperfect verb for sure: a trigger verb's form that is no perfect (يتفق، تفرض),
    one with the imperfect prefixes يت/تت/يست/تست, or يكون/تكون."""
    if k < len(toks) and toks[k].norm == "لا":
        k += 1
    if k >= len(toks):
        return False
    w = toks[k].norm
    return w in VERB_FORMS and w not in PAST_FORMS and w[:1] in "يت" or w.startswith(("يت", "تت", "يست", "تست")) \
        and len(w) > 4 or w in ("يكون", "تكون", "يكونوا", "يصبح", "تصبح", "يودي", "تودي")  # (normalised: يؤدي، تؤدي)


def _future_verb(w: str) -> bool:
    """A future imperfect (سيعقد، ستجمعه، سيبحث، سيطالب), not a word that starts the same way (_no_future: سيارة،
    سيطرة، ستار، سيطرت)."""
    if not w.startswith(("سي", "ست", "سن")) or len(w) <= 4 and w not in ("سيصل", "ستصل", "سنصل") or _no_future(w) \
            or w in _NAME_WORDS:  # (the four letters of سيصل/ستصل: "طائرة ... ستصل إلى العاصمة الأردنية عمان")
        return False  # (nor a word of a name the entity stage found: ستولتنبرغ، سيلفا كير، سنغافورة، سيرغي)
    return any(x != w and x[:1] in "يتن" for x in readings(w))


# nouns that start like a future verb (سياسة، سيطرة، سيطرته، ستار، سنوات، سنة)
_NOT_FUTURE = ("سيا", "سيطره", "سيطرت", "ستا", "سنو", "سنه")


def _no_future(w: str) -> bool:
    """A word (without و/ف) that starts like a future verb and is none: a noun (_NOT_FUTURE) or the past of سيطر
    ("took control": سيطرت، سيطروا)."""
    return w in _SAYTARA or w.startswith(_NOT_FUTURE)


_SAYTARA = frozenset(("سيطر", "سيطرت", "سيطروا", "سيطرا"))  # (the past of سيطر, "took control": no future س)


def _future(toks, k) -> bool:
    """Is token k a future verb (سـ، سوف) or a verb in a conditional's answer (فإننا سن..., فسيكون)?"""
    w = toks[k].norm
    w1 = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    if w1[:1] == "س" and w1[1:2] in ("ي", "ت", "ن") and len(w1) > 3 and not _no_future(w1):
        return True
    return k > 0 and toks[k - 1].norm in ("سوف", "فسوف", "وسوف", "لن")


# verbs that carry an act named by the noun after them (سيتخذ إجراءات، ستشن هجوما، ستفرض عقوبات، ستقوم بـ)
_LIGHT_STEMS = ("تخذ", "شن", "فرض", "نفذ", "واصل", "وجه", "قوم", "باشر", "طلق", "لجا", "جري", "عقد", "قدم", "بدا", "صدر",
                "منح", "شهد", "نظم", "علن", "تم", "ستخدم",  # (سيتم توقيع الاتفاق، ستستخدم حق النقض)
                "عيد", "امر")  # (ستعيد فرض عقوبات، ستأمر بإغلاق القنصلية: audit 3)


def _light_imperfect(norm: str) -> bool:
    """A light verb in the imperfect (يجري، تعقد، يقوم) that names its act by a noun after its subject."""
    return norm[:1] in ("ي", "ت", "ن") and norm[1:] in _LIGHT_STEMS


def _future_light(norm: str) -> bool:
    """A light verb in the future (سيتخذ، ستشن، سنفرض، وستواصل, سيتخذون)."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if w[:1] != "س" or w[1:2] not in ("ي", "ت", "ن"):
        return False
    w = w[2:]
    for suf in ("ون", "ان", "ين"):
        if w.endswith(suf) and len(w) - 2 >= 2:
            w = w[:-2]
            break
    return w in _LIGHT_STEMS


# words after which رفض is the verbal noun, not the verb (عبر رفض، بعد رفض، رغم رفض)
_NOUN_GOVERNORS = word_set("refusal", "governor")
_SESSION_BODIES = word_set("meeting", "session_body")  # (s22fp2: اجتماع للمجلس: the body's own session)
_AUTHORED_WORDS = word_set("refusal", "authored")  # (s22fp2: nouns of spoken acts whose genitive is the author)


def _if3al(norm: str) -> bool:
    """A trigger word of the shape إفعال (إرسال، إغلاق): a verbal noun when the lexicon codes it as an act."""
    w = norm[1:] if norm[:1] in "وفبل" and len(norm) > 5 else norm
    return len(w) == 5 and w[0] == "ا" and w[3] == "ا"


_OBJ_GEN = word_set("roles", "object_genitive")
_OBJ_GEN_AMBIG = word_set("roles", "object_genitive_ambiguous")
_ACCEPT_HELP = word_set("roles", "accept_help")
_OBJ_GEN_PREPS = frozenset(normalize(w) for w in ("على", "إلى", "الى", "في", "عن", "من", "بعد", "قبل", "خلال", "حول"))


def _object_genitive(toks, ts: int) -> bool:
    """Is the trigger an indefinite (construct) verbal noun of an act done to a party (لقاء، زيارة، تزويد، تسليم ...;
    دعم، منع، سجن only after ل/ب or a preposition), whose genitive right after it is that party?"""
    w = toks[ts].norm
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    if "ساعد" in w and any(toks[k].norm.lstrip("وف") in _ACCEPT_HELP or toks[k].norm in _ACCEPT_HELP
                           for k in range(max(0, ts - 3), ts)):
        return False  # "قبلت بابتهاج مساعدة روسيا": help accepted or asked for is the helper's (roles/accept_help)
    if w in _OBJ_GEN:
        return True
    marked = False
    if w[:1] in "لب" and len(w) >= 4 and w[:3] not in ("لال", "بال"):
        w, marked = w[1:], True
    if w in _OBJ_GEN:
        return True
    return w in _OBJ_GEN_AMBIG and (marked or ts > 0 and toks[ts - 1].norm.lstrip("و") in _OBJ_GEN_PREPS)


def _opens_pluperfect(toks, g, ts: int, is_noun: bool) -> bool:
    """Is the bare group g the subject of a clause that opens with a complementizer or كان and reaches the verb at ts
    through قد/لقد alone ("على أن مجموعة السبع قد تعهدت"، "وكانت بريطانيا قد اتهمت")?"""
    if is_noun or g["prep"] is not None or g["s"] == 0 or g["e"] != ts - 1 or toks[ts - 1].norm not in ("قد", "لقد"):
        return False
    w = toks[g["s"] - 1].norm
    return w in _COMPLEMENTIZERS or w.lstrip("وف") in _KANA or w.lstrip("وف") in ("ان", "لان", "بان")


def _agent_genitive_cues(toks, after) -> bool:
    """The genitive right after an object-genitive noun is its doer after all: two sides joined (لقاء مولر وترامب), or
    the one acted on marked by لـ، إلى، مع، بـ a word or two after it (زيارة الأمير الأولى لواشنطن، زيارة ميركل إلى روسيا،
    دعم إيران للحوثيين، لقاء نتانياهو بالسيسي)."""
    g0 = after[0]
    if len(set(g0["ids"])) > 1 or g0["e"] < len(toks) and toks[g0["e"]].norm[:1] == "و" and any(
            g["s"] == g0["e"] for g in after[1:]):
        return True
    if len(after) > 1 and after[1]["prep"] is None and after[1]["s"] == g0["e"] and not set(after[1]["ids"]) & set(g0["ids"]) \
            and toks[g0["e"] - 1].end == toks[after[1]["s"]].start - 1:
        return True  # "بعد ساعات من تهديد واشنطن دمشق": a second bare party right after the genitive is the object (s22fp)
    return any(g["prep"] in ("ل", "إلى", "الي", "مع", "ب") and 0 <= g["s"] - g0["e"] <= 2 for g in after[1:])


def _vn(norm: str) -> bool:
    """A trigger word shaped as a verbal noun (اعتقال، استهداف، إرسال، اتهام)."""
    return _masdar(norm) or _if3al(norm)


def _pronoun_ended(norm: str) -> bool:
    """Does a verb form end with what may be an object pronoun (وصفها، هدده، اتهمهم), whatever its stem?"""
    return norm.endswith(("ه", "ها", "هم", "هما")) and len(norm) > 4  # (its first letter may be a root's: وصفها)


def _object_suffix(norm: str) -> str | None:
    """The object pronoun (ه، ها، هم، هما) on a verb form the trigger lexicon knows (استقبله، التقاها، اتهمهم، يتهمها،
    اعتقلوه), or None."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if w in VERB_FORMS:
        return None
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            v = w[:-len(suf)]
            if v in ("دعا", "دعت", "دعو", "دعتا"):
                return suf  # (دعاه، دعته، دعوه: the verb of calling, listed alone in the lexicon)
            if len(v) == 3 and v[-1] not in "اي":
                return None  # (طلبهم، حجبه: a bare root is as often a verbal noun, "their request"; not هنأه، دعاه)
            if v in VERB_FORMS or v[-1:] == "ا" and v[:-1] + "ي" in VERB_FORMS or v[-1:] == "و" and v + "ا" in VERB_FORMS:
                return suf  # (التقاه: التقى; اعتقلوه: اعتقلوا)
            return None
    return None


_KIN = {"ابن", "نجل", "ابنت", "زوج", "زوجت", "شقيق", "شقيقت", "اخ", "اخو", "اخي", "اخت", "والد", "والدت", "ام", "اب", "ابو",
        "ابي", "عم", "خال", "جد", "جدت", "حفيد", "اسرت", "عايلت", "اقارب", "ابناء", "اولاد", "اطفال", "ذوي", "ابنا",
        "موكل", "موكلت", "موكلي"}
# (ابنها، نجله، زوجته، شقيقه، والدته، أسرته: one of his kin, not the speaker himself; موكلتها: a lawyer's client)


_RECEIVE = ("تلقا", "تلقي", "تلقت", "يتلقا", "يتلقي", "تتلقا", "تتلقي", "حصل", "يحصل", "تحصل", "نال", "استلم", "تسلم")
_STATE_NOUNS = {"الدوله", "الحكومه", "السلطات", "البلاد", "الاداره", "الوزاره", "الرياسه", "الحزب", "الحركه", "المنظمه",
                "الجماعه", "الهييه", "المفوضيه", "اللجنه", "الجبهه"}  # (his own state, government or body)
_RESUMED = {"عنه", "عنها", "عنهم", "عنهما", "عليه", "عليها", "عليهم", "له", "لها", "لهم", "به", "بها", "بهم", "منه", "منها",
            "منهم", "معه", "معها", "معهم", "اليه", "اليها", "اليهم", "فيه", "فيها"}
_QUOTE_MARK = re.compile(r"[\"«»“”]")
_RECEPTION_OWNED = word_set("meet", "reception_owned")  # (data/wordsets.tsv: "كان في استقباله": _received_guest)
_CONVENE = word_set("meet", "convene")  # (عقد، يعقد: a body convening its own session, _own_session)
# the time words that place an act in a meeting that was held (خلال اجتماعهما، بعيد لقائه، في ختام المحادثات; not قبل);
# _DURING (خلال، أثناء), a part of them, do so for an act of any type
_HELD_AT = frozenset(("بعد", "عقب", "اثر", "بعيد", "خلال", "اثناء", "لدي", "اعقاب", "ابان", "غداه", "فور", "ختام"))
_TIME_PREPS = {"بعد", "عقب", "غداه", "اثر", "قبل", "قبيل", "بعيد", "خلال", "اثناء", "لدي", "عند", "فور", "اعقاب", "ابان"}
_COPULAS = {"كان", "كانت", "يكون", "تكون", "ليس", "ليست", "بات", "باتت", "اصبح", "اصبحت", "ظل", "ظلت", "مازال", "زال"}
_WITH_HIM = {"بينه", "بينها", "بينهم", "بينهما", "معه", "معها", "معهم", "معهما", "بيننا", "معنا", "ومعه", "ومعها"}


_HAPPENED_VERBS = word_set("meet", "happened")  # (جرى، جرت، دار، تم، عقد: "اتصال جرى بينهما", _between_them)


def _between_them(text, toks, te) -> bool:
    """A meeting noun's sides told as "the two" (بينهما) right after it, past its adjectives and a verb of taking
    place: "خلال اتصال جرى بينهما"، "في أول اجتماع بينهما"، "المحادثات الهاتفية التي جرت بينهما"."""
    for k in range(te, min(len(toks), te + 4)):
        if _STRONG.search(text, toks[k - 1].end, toks[k].start):
            return False
        w = toks[k].norm
        if w == "بينهما":
            return True
        if not (w in _HAPPENED_VERBS or w in ("التي", "الذي") or w.startswith("ال") or w.endswith(("ي", "يه"))):
            return False
    return False


def _kin(w: str) -> bool:
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf):
            return w[:-len(suf)] in _KIN
    return False


def _noun_suffix(norm: str) -> str | None:
    """The possessive pronoun (ه، ها، هم، هما) on a verbal noun (اعتقاله، اغتيالها، توقيفهم), or None."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    for suf in ("هما", "هم", "ها", "ه"):
        if w.endswith(suf) and len(w) - len(suf) >= 4 and _vn(w[:-len(suf)].lstrip("بل")):
            return suf
    return None


def _breach_word(norm: str) -> bool:
    """A noun of breaking an agreement or a law (انتهاكا، خرق، انتهاكات، خروقات): what follows it is the thing broken."""
    w = norm.lstrip("و")
    w = w[2:] if w.startswith("ال") else w
    return w.startswith(("انتهاك", "خرق", "خروق"))


def _pronoun_fits(es: list, suf: str):
    """Does a party (its entities) fit a pronoun: True, False (it may: no guess), None (it does not)."""
    def fem(e):  # a body named by a feminine noun (حكومة، وزارة، الشرطة، حركة)
        w = normalize(e.get("name_ar") or "").split()
        return bool(w) and w[0].endswith("ه")

    if suf == "هما":
        if len(es) == 1 and es[0].get("type") in ("NORP", "ORG", "PERSON") and not es[0].get("wikidata"):
            w = normalize(es[0].get("name_ar") or "").split()
            if w and len(w[0]) > 4 and w[0].endswith(("ين", "ان")) and w[0].lstrip("ال")[:1] not in "0123456789":
                return True  # a pair of people named as one party (جنديين يونانيين، الصحفيين)
        return True if len(es) == 2 else None
    if suf == "هم":
        if len(es) >= 2 and all(e.get("type") == "PERSON" for e in es):
            return True
        if len(es) == 1 and es[0].get("type") in ("NORP", "ORG") and not es[0].get("wikidata") \
                and normalize(es[0].get("name_ar") or "").split()[-1:] and \
                normalize(es[0].get("name_ar") or "").split()[-1].endswith(("ين", "ون")):
            return True  # a generic party of people (المتظاهرين، مسلحون، المعتقلين)
        if len(es) == 1 and es[0].get("type") == "NORP" and not es[0].get("wikidata") \
                and (w := normalize(es[0].get("name_ar") or "").split()) and len(w) == 2 and w[0].isdigit() \
                and w[1].endswith("ا") and len(w[1]) > 4:
            return True  # a counted party of people (450 مهاجرا)
        return None
    if len(es) != 1:
        return None
    e = es[0]
    t = e.get("type")
    if suf == "ه":
        if t == "PERSON":
            return True
        if t == "ORG":
            return None if fem(e) else False  # (a masculine body, or a thing before it: no guess)
        return False if t == "GPE" else None
    if suf == "ها":
        if t == "GPE" or t == "ORG" and fem(e):
            return True
        return False if t == "PERSON" else None
    return None


# adverbs of repetition between a verb of calling or warning and its subject or act ("حذرت مجدداً إسرائيل من"، "قد هددت
# عدة مرات سابقا بإغلاق المضيق")
_AGAIN = frozenset(("مجددا", "مرارا", "سابقا", "تكرارا", "عده", "مرات", "مره", "اخري", "ثانيه"))

# nouns of one's own part in an act, denied (نفت موسكو مسؤوليتها عن الهجوم، نفى ضلوعه، تنفي أي علاقة لها بـ): data/triggers.tsv
# REJECT deny need words beside the charge nouns
_DENIED_PART = frozenset(normalize(w) for w in (
    "مسؤولية", "مسؤوليته", "مسؤوليتها", "مسؤوليتهم", "ضلوع", "ضلوعه", "ضلوعها", "ضلوعهم", "تورط", "تورطه",
    "تورطها", "تورطهم", "علاقة", "علاقته", "علاقتها", "علاقتهم", "صلة", "صلته", "صلتها", "صلتهم"))


def _coord_agr(w: str) -> str | None:
    """The person of a verb form of the trigger lexicon (no و): "m" (أثنى، يؤكد), "f" (أشادت، تؤكد), "du" (أكدا، أكدتا),
    "pl" (أكدوا، يؤكدون); None where the form does not say (تحدث may be a past or a present)."""
    w = w[1:] if w[:1] == "س" and w[1:2] in "يت" else w
    if w.endswith("وا") or w[:1] in "يت" and w.endswith("ون"):
        return "pl"
    if w.endswith("تا") or w[:1] in "يت" and w.endswith("ان") or w.endswith("ا") and w[:-1] in VERB_FORMS:
        return "du"
    if w.endswith("ت"):
        return "f"
    if w[:1] == "ي":
        return "m"
    if w[:1] == "ت":
        return None
    return "m"


# words after which a bare three-letter form is a verb, not a verbal noun (كان رفض، قد طلب، بعدما قتل)
_PEOPLE_HEAD = word_set("carry", "people_head")  # (أهالي غزة يرفضون: the verb agrees with the head)
_QUANTITY_HEAD = word_set("carry", "quantity_head")  # (ندد عدد من الدول: a subject of its own)
_VERB_INTRO = word_set("carry", "verb_intro")


def _inside_quote(text, start, pos) -> bool:
    """Does offset pos of the sentence starting at start stand inside a quotation opened before it in the sentence?"""
    seg = text[start:pos]
    return seg.count('"') % 2 == 1 or seg.count("«") > seg.count("»") or seg.count("“") > seg.count("”")


def _carry_agr(toks, ts) -> str | None:
    """The agreement with a subject told before it (carry.fit: "m", "f", "pl", "du") of the finite verb of the third
    person at ts, a form of the trigger lexicon without an object pronoun (اعتقلته: ه is no person of the verb) whose
    ending is its person's (اعتقلت: اعتقل + ت، اقتحموا، يقصفون; not تتعاون, whose ن is the root's); None for a
    verbal noun, a bare three-letter form that may be one (طلب، حظر، قتل: also a passive) unless a word before it
    marks a verb (كان رفض، بعد أن قتل), the first person (نتعهد) and the feminine plural (ينتقدن)."""
    norm = toks[ts].norm
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if w not in VERB_FORMS or _vn(w) or _is_noun(w) or w.endswith("نا") or w[:1] == "ن" and "ي" + w[1:] in VERB_FORMS:
        return None  # (نتعهد، اتفقنا: the first person; a final ت is the third person's outside quotes)
    if len(w) == 3 and not (ts > 0 and (toks[ts - 1].norm in _VERB_INTRO or toks[ts - 1].norm == "ان" and ts > 1
                                        and toks[ts - 2].norm.lstrip("و") in _TIME_SUBORD)):
        return None
    if w.endswith("وا") and w[:-2] in VERB_FORMS or w[:1] in "يت" and w.endswith("ون") and w[:-2] in VERB_FORMS:
        return "pl"
    if w[-1:] == "ن" and w[:-1] in VERB_FORMS:
        return None  # (ينتقدن، نددن)
    if w.endswith("ت") and w[:-1] in VERB_FORMS:
        return "f"
    if w[:1] == "ا" and "ي" + w[1:] in VERB_FORMS:
        return None  # (اعتقل or أعتقل, the first person: no guess)
    if w[:1] == "ي" and not w.endswith(("ان", "ون")) or w[:1] not in "يت" and w[-1:] not in "تان":
        return "m"
    return None


_DURING = frozenset(("خلال", "اثناء"))  # (normalised: the meeting after them is the occasion of the act told)


def _first_plural(norm: str) -> bool:
    """A perfect of the first person plural (اتفقنا، طلبنا، تعهدنا: "we"), which the dual test also accepts: "we" after
    a meeting are its two sides (وقال والتز: "اتفقنا على"), never the author and target of a hostile act."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    return w.endswith("نا") and w[:-2] in PAST_FORMS


def _dual_verb(norm: str) -> bool:
    """A verb in the dual of the third person (اتفقا، التقيا، اتفقتا، يبحثان، سيبحثان، وأضافا), from the conjugated
    forms the trigger lexicon generates (the dual past is the singular + ا or تا, the imperfect ي/ت … ان)."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if w[:1] == "س" and w[1:2] in "يت":
        w = w[1:]
    if w.endswith("تا") and w[:-2] in VERB_FORMS:
        return True
    if w.endswith("ا") and w[:-1] in VERB_FORMS and w in VERB_FORMS:
        return True
    return w[:1] in "يت" and w.endswith("ان") and w[:-2] in VERB_FORMS and w in VERB_FORMS


def _first_singular(norm) -> bool:
    """A first person singular imperfect of a trigger verb (أرحب، أدين, not a perfect: اتهم، استنكر)."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    return w[:1] == "ا" and len(w) > 3 and w not in PAST_FORMS and "ي" + w[1:] in VERB_FORMS


def _first_person(norm, toks, ts) -> bool:
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if w[:2] == "سن" and len(w) > 4 and any(x[:1] == "ن" for x in readings(w[1:])):
        return True  # سنطردهم، سنرد: the future of the first person plural
    return bool(_FIRST_PERSON.search(norm)) or w[:1] == "ن" and len(w) > 3


# the pronoun that takes up a relative's antecedent as the verb's own prepositional argument (دعت إليه، وافقت عليه،
# أعلنت عنها): the party after it is the subject (not فيه/فيها, "in which": "تصريحات ماي التي اتهمت فيها موسكو")
_RESUMED_ARG = frozenset(("اليه", "اليها", "اليهم", "عليه", "عليها", "عليهم", "عنه", "عنها", "به", "بها", "منه", "منها",
                          "له", "لها"))
_REPRISAL_ADJ = word_set("reprisal", "adjective")  # (إجراءات انتقامية، تدابير مضادة: _conditional_threats)
_IDLE_STAY = word_set("idle", "stay")  # (لن نقف مكتوفي الأيدي: _idle_threat)
_IDLE_HANDS = word_set("idle", "hands")
_IDLE_FACING = word_set("idle", "facing")
_REPRISAL_MEASURE = word_set("reprisal", "measure")  # (الإجراءات ... ضد: a reprisal aimed at a party, s26request)
_AIMED_MEASURE_RE = re.compile(r"(?:[إا]جراء|خطوات|تدابير)(?:\w*)(?:\s+\S+){0,3}\s+ضد(?!\w)")  # (the prefilter's cheap look)
_REPRISAL_INTEND = word_set("reprisal", "intend")  # (تعتزم، تجهز، مستعدة: a reprisal intended, not future in form)
_WARN_VERBS = word_set("threat", "warner_verb")  # (a warner right after his verb: _suffer_threat)
_ADVISORY = word_set("threat", "advisory")  # حذر، تحذر، تحذير ...: warning a state's own citizens (data/wordsets.tsv)
_THAT_WORDS = frozenset(("ان", "بان", "وان", "فان", "لان"))  # (the particle that opens a reported clause: إن، أن، بأن)
_THAT = frozenset(("ان", "بان", "وان", "انه", "بانه", "انها", "بانها", "انهم", "بانهم"))  # (a warning's أن-clause)
# a decision or intent noun (before its pronoun suffix) that names whose the act after it is: بقرارها رفض، نيته
# الانسحاب، عزمهم مقاطعة (_decision_owner)
# (not _DECISION_NOUNS at the module's head, the whole nouns read before an act noun and by _welcomed_owner: this set
# had the same name and, defined later, had silently replaced that one)
_DECISION_STEMS = frozenset(("قرار", "نيت", "عزم", "رغبت", "استعداد", "موقف", "اعتزام"))
_DEMONSTRATIVES = word_set("demonstrative", "word")
# words that end the search for a future verb governing a meeting noun (_prospective): a clause opener (إن، أن) or a
# preposition of time, after which the meeting is a reference point, not the object ("سيزور ... بعد لقائه")
_PROSPECT_STOPS = frozenset(("ان", "انه", "انها", "بعد", "عقب", "اثر", "منذ", "اثناء", "لدي", "عندما"))


def _story_days(events, timex, pub, spans) -> None:
    """An act told without a day of its own after the story's day ("قتل 3 فلسطينيين ... يوم الجمعة" in the lead, then
    "وقتل الطفل ... شرقي رفح"): the story's day (the first day the text names: the lead's أمس / weekday / date), not the
    publication day, which is only the default (the same occasion told on) — when the nearest act told before it with
    a day of its own has that day too (not past "غداة دعوة من حليفه" dating another occasion). Not for an act of
    background (historical), nor when the story's day is more than a week before publication or after it, or dates a
    span begun then (منذ). Only the article's sentences name it: a page's date line ("نشر في: 05/08/2018") or a
    teaser's day is no day of the story."""
    if not pub:
        return
    top, floor = _dates.last_day(pub), (pub - _dt.timedelta(days=7)).isoformat()
    first = next((t for t in timex or () if t.get("grain") == "day" and t.get("value")
                  and any(s <= t.get("start", -1) < e for s, e in spans)), None)
    if first is None or first.get("since") or first.get("direction") == "future" \
            or not floor <= str(first["value"])[:10] <= top:
        return
    day, last = str(first.get("night_end") or first["value"])[:10], None  # (ليل الثلاثاء الأربعاء: the second day)
    for ev in sorted(events, key=lambda e: (e.get("_told_at", e["start"]), e["trigger"]["start"])):
        # (an occasion told again later stands where it was first told: "الضربة الإسرائيلية التي استهدفت، ليل الثلاثاء"
        # in the lead, kept as the richer "دمرت صاروخين اسرائيليين" of the fourth sentence, still dates what follows it)
        if ev["date_text"]:
            last = None if ev["historical"] or ev["hypothetical"] else (ev["date"] or "")[:10]
        elif last == day and not ev["historical"] and ev["start"] >= first["start"] \
                and (ev["date"] or "")[:10] == pub.isoformat():
            ev["date"] = day


_WORD_RE = re.compile(r"\w+")


def _story_day_default(events, pub, timex=None, spans=()) -> None:
    """An act told without a time cue of its own, left at the publication day (the default), takes the story's day
    instead when the events told with a day of their own (factual, not background: no historical act, no sentence opening
    on a pluperfect كان/وكانت, dating.tsv ``pluperfect``) name one day most often, within the week before publication
    and not the publication day itself ("جدد السودان وإثيوبيا التزامهما ..." told before "جاء هذا الإعلان عقب محادثات
    ... أمس الأربعاء": Wednesday; "اتهم كيليجدار أوغلو أردوغان ..." before "وأوضح كيليجدار أوغلو ... الخميس": Thursday).
    News tells yesterday's occasion: over the 25 dev gold sets, of the gold-dated events the coder left at the
    publication day where the text's dated events named another day, the gold took that day 12 times and the
    publication day never (s23date). A tie between two days changes nothing, nor a day its own sentence tells, nor
    any day when the text names the publication day itself (اليوم، its weekday)."""
    if not pub:
        return
    today, floor = pub.isoformat(), (pub - _dt.timedelta(days=7)).isoformat()
    if any(t.get("grain") in ("day", "time") and str(t.get("value") or "")[:10] == today and not t.get("since")
           and any(s <= t.get("start", -1) < e for s, e in spans) for t in timex or ()):
        return  # (the text names the publication day itself: "أعلن أردوغان الأربعاء" stamped Wednesday)
    plu = _dating_links()["pluperfect"]
    votes: dict[str, int] = {}
    told = set()  # (day, sentence start) of each vote
    for ev in events:
        d = (ev["date"] or "")[:10]
        if not ev["date_text"] or not d or ev["historical"] or ev["hypothetical"] or ev["negated"] \
                or not floor <= d < today:
            if ev["date_text"] and d == today and not ev["historical"] and not ev["hypothetical"] and not ev["negated"]:
                votes[today] = votes.get(today, 0) + 1
            continue
        first = _WORD_RE.findall(_fold(ev.get("sentence") or "")[:40])[:1]
        if first and first[0] in plu:
            continue  # (وكان وزير الخارجية الفلبيني اعتذر الثلاثاء: background to the story told)
        votes[d] = votes.get(d, 0) + 1
        told.add((d, ev["start"]))
    if not votes:
        return
    ranked = sorted(votes.items(), key=lambda kv: -kv[1])
    day, n = ranked[0]
    if day == today or len(ranked) > 1 and ranked[1][1] == n:
        return
    for ev in events:
        if not ev["date_text"] and (ev["date"] or "")[:10] == today and not ev["historical"] \
                and (day, ev["start"]) not in told:
            ev["date"] = day  # (not where its own sentence tells that day and the act did not take it: "احتشد ... للاحتجاج
            # على مراسم أداء بوتين اليمين الاثنين", the Monday the ceremony's)


def _unheld_meetings(events, pub) -> None:
    """A meeting dated after the publication day has not been held: "قمة مصرية روسية في موسكو بين السيسي وبوتن" in a
    headline dated by the lead's "يقوم السيسي الاثنين بزيارة رسمية إلى روسيا" (the day reaches the headline when
    events are merged, so this is read on the merged events)."""
    if not pub:
        return
    day, today = pub.isoformat(), _dates.last_day(pub)
    for ev in events:
        # (a late stamp's next day is the writer's today for a meeting told by a verb, "التقى ... الأحد" or a headline's
        # "ترامب يلتقي ماكرون"; a meeting noun dated by it, "قمة"، "يقوم الاثنين بزيارة", is still to come. A verb told
        # with a time to come is hypothetical already: the time stage marks its day as future)
        w = normalize(ev["trigger"]["text"])
        held = w.lstrip("وف") in _AL_PERFECTS or not (_is_noun(w) or ev["trigger"]["text"].endswith("ة"))
        if ev["type"] == "CONSULT" and ev["date"] and ev["date"][:10] > (today if held else day) and not ev["negated"]:
            ev["hypothetical"] = True


def _unheld_headline_meetings(events, head, by_id) -> None:
    """A headline's meeting noun without a day ("قمة الكوريتين.. اتفاق على المصافحة") is the meeting the body tells:
    when the body tells it only as still to come ("القمة التاريخية بين ... ستشمل عشاء رسميا") and never as held, the
    headline's is not held either (s20gather)."""
    if head is None:
        return
    def sides(e):
        ids = set(e["actors"]) | set(e["recipients"])
        return ids | {(by_id.get(i) or {}).get("country") for i in ids} - {None}
    body = [e for e in events if e["_sent"] != head and e["type"] == "CONSULT" and not e["negated"]]
    for ev in events:
        if ev["_sent"] != head or ev["type"] != "CONSULT" or ev["negated"] or ev["hypothetical"] or ev["date_text"]:
            continue
        w = normalize(ev["trigger"]["text"])
        if not (_is_noun(w) or ev["trigger"]["text"].endswith("ة")) or w.lstrip("وف") in _AL_PERFECTS:
            continue
        before = [t.norm for t in tokenize(ev["sentence"], 0, max(0, ev["trigger"]["start"] - ev["start"]))][-3:]
        if any(w in VERB_FORMS or w[:1] == "ي" and len(w) > 3 and not w.startswith("يوم") for w in before):
            continue  # (a verb tells the headline's meeting: "الناتو وروسيا يجريان أول محادثات")
        t0 = ev["trigger"]["end"] - ev["start"]
        after = [t.norm for t in tokenize(ev["sentence"][t0:t0 + 40], 0, 40)][:3]
        if any(x in PAST_FORMS or x.lstrip("و") in _HELD_PASSIVE for x in after):
            continue  # (a perfect after it tells it held: "محادثات سرية عُقدت بين أمريكا وكوريا الشمالية")
        mine = sides(ev)
        told = [e for e in body if sides(e) & mine]
        if told and all(e["hypothetical"] for e in told):
            ev["hypothetical"] = True


_HELD_PASSIVE = word_set("meet", "held_after")  # (a meeting held: data/wordsets.tsv)
_STATE_HEADS = word_set("roles", "state_head")  # (رئيس دولة باراغواي، رئيس جمهورية مصر، ملك مملكة ...)
_PLEDGE_STEMS = tuple(sorted(word_set("pledge", "stem")))  # (prefixes of a pledge: تعهدا، يتعهدان، تعهدتا، وعدت)
_NEXT_WORDS = word_set("time", "next")  # (data/wordsets.tsv)
_TIME_NOUNS = word_set("time", "noun")
_ENVOY_HEADS = word_set("envoy", "head")  # (data/wordsets.tsv)
_WITH_HEADS = word_set("envoy", "with_head")
_OFFICE_GEN = word_set("envoy", "office")
_PROPOSE = word_set("propose", "verb")
_VISITS = frozenset(w[2:] if w.startswith("ال") else w for w in word_set("visit", "noun") | {"جوله", "الجوله", "رحله"})
# (a visit or tour noun, bare: زياره، جوله)
_SESSION_BODY = word_set("session", "body")  # مجلس، الجمعية، البرلمان: a council or assembly in session (wordsets.tsv)
_SESSION_NOT = word_set("session", "not")  # مجلس التعاون: a bloc of states, no session body (wordsets.tsv)
_PRESS = word_set("press", "people") | {w[2:] for w in word_set("press", "people") if w.startswith("ال")}
_SIGNED = word_set("deal", "signed")  # (data/wordsets.tsv)
_THE_DEALS = word_set("deal", "definite")


# verbs whose subject receives or draws the act named by the noun after them (واجه انتقادات، تعرض لانتقادات، أثار
# انتقادات، لقي تنديدا، تلقى اتهامات): _suffered
_SUFFER_VERBS = frozenset(("واجه", "واجهت", "يواجه", "تواجه", "يواجهون", "واجهوا", "تعرض", "تعرضت", "يتعرض", "تتعرض",
                           "تعرضوا", "يتعرضون", "اثار", "اثارت", "يثير", "تثير", "لقي", "لقيت", "يلقي", "تلقي", "تلقت",
                           "يتلقي", "تتلقي"))


def _suffered(toks, ts) -> bool:
    """Is the act noun at ts the object of a verb of receiving or drawing it, one or two words before ("الذي واجه
    انتقادات"، "تعرضت لانتقادات حادة"، "أثار القرار انتقادات")?"""
    for k in range(max(0, ts - 3), ts):
        w = toks[k].norm
        w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
        if w in _SUFFER_VERBS:
            return True
    return False


def _sides_between(text, toks, groups, recips) -> list:
    """The sides of an act welcomed or condemned, named with بين right after the place that names it: "رحب مون
    باتفاق سنغافورة بين الرئيس الأميركي دونالد ترمب والزعيم الكوري الشمالي" (Trump and Kim, not Singapore)."""
    g = next((g for g in groups if g["ids"] == recips), None)
    if g is None or not all(x.kind in ("GPE", "LOC", "FAC") for x in g["m"]):
        return recips
    b = next((b for b in groups if b["prep"] == "بين" and g["e"] <= b["s"] <= g["e"] + 1
              and not _strong_between(text, toks, g["e"], b["s"])), None)
    return list(b["ids"]) if b is not None and len(b["ids"]) > 1 else recips


def _arrival_has_visitor(text, toks, groups, ts, te, actors) -> bool:
    """An arrival (وصل إلى، يصل إلى) is a visit only when its subject is the party read as its actor, next to the verb:
    before it ("لافروف يصل إلى بيونغيانغ"), right after it ("وصل الوفد ... إلى كوبا"), or right after the place
    ("وصل إلى الرياض وزير الخارجية"). Parcels, missiles or crowds arriving ("وصلت إلى الضفة الغربية آلاف الطرود"،
    "صواريخ ... قد تصل إلى ألمانيا") visit no one, whatever party the sentence names elsewhere."""
    mine = [g for g in groups if g["prep"] is None and set(g["ids"]) & set(actors)]
    for g in mine:
        if ts - 1 <= g["e"] <= ts and not _strong_between(text, toks, g["e"], ts) or te <= g["s"] <= te + 2:
            return True
        if any(d["prep"] in ("إلى", "ل") and d["s"] >= te and d["e"] == g["s"] for d in groups):
            return True
    return ts > 0 and toks[ts - 1].norm in _RELATIVES and any(
        set(g["ids"]) & set(actors) and ts - 4 <= g["e"] <= ts - 1 and not _strong_between(text, toks, g["e"], ts - 1)
        for g in groups)  # (الجنرال كيم يونغ شول الذي وصل إلى نيويورك: the antecedent, its name's last word unread)


_DISPLACED = ("لاجي", "اللاجي", "مهاجر", "المهاجر", "نازح", "النازح", "مهجر", "المهجر")
_DISPLACED_BODIES = {"شوون", "لشوون", "مفوضيه", "لمفوضيه", "وكاله", "منظمه", "وزير", "وزاره", "مكتب", "المكتب",
                     "مفوض", "مفوضه", "هييه", "مجلس", "والمكتب", "ومفوضيه", "المفوضيه", "المفوض", "لمكتب"}  # (مفوضية اللاجئين، وزير الهجرة: a body, not the people)


def _displaced_party(e) -> bool:
    """A generic party of refugees, migrants or displaced people (اللاجئين، 450 مهاجرا)."""
    if e.get("wikidata") or e.get("type") != "NORP":
        return False
    w = normalize(e.get("name_ar") or "").split()
    return bool(w) and w[-1].lstrip("وبل").startswith(_DISPLACED)


def _receives_displaced(text, toks, ts, te) -> bool:
    """A reception (استقبل، استقبال) of refugees, migrants or displaced people is no meeting: "استقبلت ميانمار ما
    يبدو أنهم أول خمسة أشخاص من بين 700 ألف لاجئ"، "أزمة أخرى بشأن استقبالهم" (141 مهاجرا). The people are read
    after the verb, or before a pronoun on the noun (استقبالهم); not a body named for them (مفوضية اللاجئين)."""
    lo = max(0, ts - 14) if toks[ts].norm.endswith(("هم", "هن")) else te
    for k in range(lo, min(len(toks), te + 12)):
        if ts <= k < te or _full_stop_between(text, toks, min(k, ts), max(k, te - 1)):
            continue
        w = toks[k].norm
        if (w.startswith(_DISPLACED) or w[:1] in "وبل" and w[1:].startswith(_DISPLACED)) \
                and not (k > 0 and toks[k - 1].norm in _DISPLACED_BODIES):
            return True
    return False


# verbal types whose trigger, told as the time of another clause (عندما + imperfect), is still to come
VERBAL_UNREALISED = frozenset(("CONSULT", "AGREE", "REQUEST", "REJECT", "ACCUSE", "THREATEN", "SUPPORT", "CONCEDE"))
_WHEN = frozenset(("عندما", "وعندما", "حينما", "وحينما", "حين", "وحين", "لدي", "ولدي", "عند", "وعند"))


def _when_imperfect(toks, ts, is_noun) -> bool:
    """A verb in the imperfect right after "when" (عندما يلتقي، حين يجتمع، لدى وصوله is a noun and not read here):
    in news the time of an act still to come ("عندما يلتقي كيم جونغ أون بالرئيس ترامب"), or a habit; an act told
    as done after "when" is in the perfect (عندما التقى)."""
    if is_noun or ts == 0 or toks[ts - 1].norm not in _WHEN:
        return False
    w = toks[ts].norm
    return w[:1] in "يت" and len(w) > 3 and w not in PAST_FORMS and w[1:] not in PAST_FORMS


_NOT_ACT_TYPES = frozenset(("ASSAULT", "MOBILIZE", "THREATEN", "REQUEST", "CONSULT", "ACCUSE", "AGREE"))
# words before an agreement noun that make it one referred to, not one made now: a preposition of topic or source
# (الانسحاب من اتفاقية، قراره حول الاتفاقية; not على: التوقيع على اتفاقية) or a verb of cancelling (ألغى نتنياهو اتفاقا)
_TREATY_REF_BEFORE = frozenset(normalize(w) for w in (
    "من", "عن", "حول", "بشأن", "في"))
# verbs that describe what an agreement holds (وتشير الاتفاقية إلى، تنص الاتفاقية على): it is the story's agreement
_TREATY_CONTENT = frozenset(normalize(w) for w in ("تشير", "أشارت", "تنص", "نصت", "تتضمن", "تضمنت", "تقضي", "قضت"))
_CANCEL_VERBS = frozenset(normalize(w) for w in ("ألغى", "ألغت", "إلغاء", "يلغي", "تلغي", "بإلغاء", "ألغوا"))
_PRESS_WORDS = frozenset(("موتمر", "ايجاز", "مقابله", "تصريحات", "للصحفيين", "للصحافيين", "للصحافه", "صحفي", "صحافي"))


_NEXT_SUBJECT_TYPES = frozenset(("REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT"))


def _drop_next_subject(text, toks, groups, st, te, recips, by_id) -> list:
    """Recipients that open the next clause as its subject, a party joined by و with a verb right after it: "واشنطن
    تطلب تصويتا الثلاثاء وموسكو تعارض"، "ترامب يهدد إيران والاتحاد الأوروبي يدعو للحوار" (Moscow and the EU act; they
    are not asked or threatened)."""
    out = list(recips)
    for g in groups:
        if g["s"] < te or not set(g["ids"]) & set(out) or g["prep"] == "بين":
            continue  # (not the sides of "المحادثات بين مجتمع الخوي والحكومة وصلت إلى طريق مسدود")
        for x in g["m"]:  # (one mention of a list: "يهدد إيران والاتحاد الأوروبي يدعو")
            t0 = toks[x.s]
            own_waw = any((m.get("text") or "")[:1] == "و" for m in (by_id.get(x.eid) or {}).get("mentions") or ())
            if x.e >= len(toks) or t0.text[:1] != "و" or own_waw or x.kind == "NORP" \
                    or any(toks[k].norm == "بين" for k in range(te, x.s)) \
                    or _strong_between(text, toks, x.s, x.e + 1):
                continue  # (the و a conjunction, not the name's own letter: "تطلب من واشنطن"; not a nationality
                # adjective: "الضغوط على الشعبين السوري والإيراني يعبر")
            v = toks[x.e].norm
            verb = v in VERB_FORMS or any(m.start_tok == x.e and (v[:1] in "يت" or v in PAST_FORMS) for m in st.trigs)
            # (a known verb or a trigger verb opens the new clause; not "ولاجئين فلسطينيين يقيمون"، "وكندا يومي")
            if verb:
                out = [r for r in out if r != x.eid]
    return out


def _agreed_judgement(toks, te) -> bool:
    """Is what a verb of agreeing governs a judgement (على أن + a noun or a pronoun: "اتفقا على أن الضربات الغربية أضرت
    بفرص الحل"، "اتفق زعماء الاتحاد على أنه من المرجح أن تكون موسكو ضالعة") rather than an act to be done (على أن +
    an imperfect: "اتفقا على أن يتم التعاون"، "على أن يكون هناك اجتماع")?"""
    for k in range(te, min(len(toks) - 2, te + 12)):
        if toks[k].norm in ("علي", "وعلي"):
            c, n = toks[k + 1].norm, toks[k + 2].norm
            if c in ("انه", "انها", "انهم", "انهما"):
                return True
            return c == "ان" and n[:1] not in "يتن" and not any(
                _future_verb(toks[j].norm.lstrip("و")) or toks[j].norm.lstrip("و") in ("يتم", "تتم", "سيتم")
                for j in range(k + 3, min(len(toks), k + 7)))
            # ("اتفقا على أن الاجتماع المقبل سيعقد في القاهرة": an act to be done, told with its subject first)
    return False


@lru_cache(maxsize=None)
def _alternatives(spec: str) -> frozenset:
    """The words of an "a|b|c" column (condthreats.tsv)."""
    return frozenset(spec.split("|"))


@lru_cache(maxsize=64)
def _unless_words(spec: str) -> frozenset:
    """The words of a "!a|b|c" column (condthreats.tsv): normalised, each also without its article."""
    out = set()
    for w in spec[1:].split("|"):
        n = normalize(w)
        out.add(n)
        if n.startswith("ال") and len(n) > 4:
            out.add(n[2:])
    return frozenset(out)


_TIME_SUBORD = frozenset(normalize(w) for w in ("بعد", "قبل", "عقب", "إثر", "منذ", "بمجرد", "حتى"))


def _main_subject(text, toks, groups, ts, cut):
    """The subject of the main clause, for a verb that opens a clause of time right after it (بعد أن، قبل أن، عقب أن،
    بعدما) with no subject of its own before it: the party right after the clause's first verb (or the sentence's
    start, or a complementizer إن/أن before it). None when the clause of time is not there or no such party is."""
    if ts >= 2 and toks[ts - 1].norm == "ان" and toks[ts - 2].norm.lstrip("و") in _TIME_SUBORD:
        k_sub = ts - 2
    elif ts >= 1 and toks[ts - 1].norm.lstrip("و") in ("بعدما", "قبلما"):
        k_sub = ts - 1
    else:
        return None
    lo = cut
    for k in range(k_sub - 1, cut - 1, -1):
        if toks[k].norm in ("ان", "بان", "وان") or _full_stop_between(text, toks, k + 1, k_sub):
            lo = k + 1
            break
    if any(c in text[toks[lo].start:toks[k_sub].start] for c in '"«»“”'):
        return None  # (not across a quote: "... سيصبح بيدرو سانشيز رئيس الحكومة الجديد"، قبل أن يهنئ خصمه")
    return next((g for g in groups if g["prep"] is None and lo <= g["s"] <= lo + 3 and g["e"] <= k_sub), None)


def _strip_wf(w: str) -> str:
    return w[1:] if w[:1] in "وف" and len(w) > 3 else w


def _bare_noun(w: str, clitics: str) -> str:
    """A noun without one of the one-letter ``clitics`` and then the article, each only from a word of 5+ letters
    (بالتقرير -> تقرير)."""
    w = w[1:] if w[:1] in clitics and len(w) > 4 else w
    return w[2:] if w.startswith("ال") and len(w) > 4 else w


_JUDGED_ACTS = frozenset(_bare_noun(w, "") for w in word_set("judged", "act_noun"))  # (stage._judged_act_author: data/wordsets.tsv)


_CHARGE_NOUNS = frozenset(_bare_noun(w, "") for w in word_set("charge", "noun"))  # (data/wordsets.tsv)
_DIRECT_CHARGE = word_set("charge", "direct")
_DIRECTED_ONLY = frozenset((normalize("اتهاما"),))  # (triggers.tsv: read only by _directed_charge)
_NOT_CHARGED = frozenset(_bare_noun(w, "") for w in word_set("charge", "not_between"))  # (data/wordsets.tsv)
_PAST_TITLE = frozenset(normalize(w) for w in ("السابق", "السابقة", "الأسبق", "سابق", "سابقة", "رسميا", "أيضا", "ايضا"))


def _directing(w: str) -> bool:
    """A verb of directing a charge (وجّه، ووجهت، يوجه: data/wordsets.tsv charge/direct), و or ف glued on or not."""
    return w in _DIRECT_CHARGE or w[:1] in "وف" and w[1:] in _DIRECT_CHARGE


def _conj_verb(w: str) -> bool:
    """A verb with و or ف glued before it (ووصفتها، فانتقدها): a new clause, not one of a root in و (وصفتها)."""
    return w[:1] == "ف" or w[:1] == "و" and not (w.startswith("وصف") and not w.startswith("ووصف"))


def _not_an_act(toks, ts, te, typ) -> bool:
    """Trigger words that here name no act of their type: a wave to someone (لوحوا للدبلوماسيين; the threat is لوح
    بـ), a seeker of asylum (طالب لجوء، طالبو اللجوء), an act done at gunpoint (تحت تهديد السلاح), a press briefing
    or interview by telephone (في إيجاز عبر الهاتف، في مؤتمر صحفي عبر الهاتف), a conviction on a charge (الإدانة
    بتهمة الفساد: the court's sentence, not a condemnation)."""
    w = _strip_wf(toks[ts].norm)
    nxt = toks[te].norm if te < len(toks) else ""
    prev = toks[ts - 1].norm if ts > 0 else ""
    if typ == "THREATEN":
        if w.startswith(("لوح", "يلوح", "تلوح")) and nxt[:1] == "ل" and not any(
                toks[k].norm[:1] == "ب" and toks[k].norm not in ("بين", "بينما", "بعد", "بعدما")
                for k in range(te, min(len(toks), te + 5))):
            return True
        return w.startswith(("تهديد", "التهديد")) and _strip_wf(prev) == "تحت"
    if typ == "REQUEST":
        if w.lstrip("بل") in ("الطالب", "الطالبه", "الطالبان", "الطالبين"):
            return True  # "مقتل الطالب الإيطالي جوليو ريجيني": with the article طالب is a student, never the verb
        return w in ("طالب", "طالبو", "طالبي") and nxt.lstrip("و") in ("لجوء", "اللجوء")
    if typ == "AGREE":
        if w.startswith(("اتفق", "يتفق", "تتفق", "نتفق")) and _agreed_judgement(toks, te):
            return True  # "اتفق بوتين وأردوغان على أن القرار الأميركي كان خطأ": a view shared, no agreement made
        if te - ts != 1:
            return False
        w = w.lstrip("بل") if w[:1] in "بل" and w[1:].startswith(("ال", "اتفاق")) else w
        p = _strip_wf(prev)
        if w == "الاتفاقيه":
            # "قال ترامب إن الاتفاقية فشلت"، "الأطراف الأخرى في الاتفاقية": one told of; not "توقيع الاتفاقية"، "الاتفاقية
            # الأمنية التي وقعتها دول الخليج" (its signing told in a relative clause)
            if ts > 0 and _strip_wf(prev) in _TREATY_CONTENT or nxt in _TREATY_CONTENT:
                return False  # "وتشير الاتفاقية إلى أن البلدين سيتعاونان": the agreement the story tells, described
            return p.lstrip("ب") != "توقيع" and not any(
                toks[k].norm in ("التي", "الذي") and k + 1 < len(toks)
                and toks[k + 1].norm.startswith(("وقع", "ابرم", "توصل"))
                for k in range(te, min(len(toks) - 1, te + 3)))
        if w in ("اتفاقيه", "اتفاقا") and (p in _TREATY_REF_BEFORE or any(
                _strip_wf(toks[k].norm) in _CANCEL_VERBS for k in range(max(0, ts - 6), ts))):
            return True  # "انسحاب الولايات المتحدة من اتفاقية التجارة الحرة"، "ألغى نتنياهو اتفاقا مع المفوضية"
        return w == "اتفاقيه" and nxt.lstrip("و").startswith("ال") and len(nxt) > 4 and p != "("
        # ("نافتا (اتفاقية التجارة الحرة لأمريكا الشمالية)": a treaty's name; "اتفاقية تنهي أزمة العمالة" is made)
    if typ == "CONSULT":
        if w in ("اتصال", "تواصل") and prev == "علي" and not toks[ts].text.lstrip("وف").startswith("ال"):
            return True  # "نحن على اتصال مع السلطات"، "كان على اتصال بخطيبة خاشقجي": in contact, a standing state
            # (not "مصدر مطلع على الاتصال الهاتفي الذي جرى بين")
        if w in ("اتصالا", "اتصال") and _strip_wf(prev) == "ذلك" and nxt[:1] == "ب":
            return True  # "رفعت الولايات المتحدة عقوبات ... وذلك اتصالا بالتقدم الذي أحرزته الخرطوم": in connection with
        return w in ("الهاتف", "هاتف", "الهاتفيه") and prev in ("عبر", "بواسطه") and any(
            _strip_wf(toks[k].norm).lstrip("بل") in _PRESS_WORDS for k in range(max(0, ts - 5), ts - 1))
    if typ == "MOBILIZE" and any(_strip_wf(toks[k].norm) in _PHYSICAL_VERBS for k in range(max(0, ts - 5), ts)) \
            and not any(toks[k].norm[:1] == "ل" and len(toks[k].norm) > 3 for k in range(te, min(len(toks), te + 2))):
        return True  # "قصفت مقاتلات التحالف العربي تعزيزات عسكرية": reinforcements struck are no deployment of the striker
        # (their owner after ل deploys them: "استهدفت مقاتلات التحالف تعزيزات عسكرية للحوثيين")
    if typ == "ASSAULT" and w.lstrip("بل").startswith(("صاروخ", "صواريخ")):
        # "القبة الحديدية الإسرائيلية تطلق 20 صاروخا تجاه غزة": missiles an air-defence system launches intercept
        k = next((k for k in range(ts - 1, max(-1, ts - 5), -1) if toks[k].norm in _DEFENCE_LAUNCH), None)
        if k is not None and any(toks[j].norm.lstrip("وفبل") in _DEFENCE or toks[j].norm in _DEFENCE
                                 for j in range(max(0, k - 5), k)):
            return True
    if w.startswith(("بتهم", "بالتهم")):  # (the charge itself, read as an accusation of its own)
        w, nxt = _strip_wf(prev), w
    return w.lstrip("بل").startswith(("الادانه", "ادانه")) and nxt.startswith(("بتهم", "بالتهم"))


def _sanctions_in_force(toks, ts, te) -> bool:
    """The bare definite noun العقوبات (no verb or verbal noun of imposing before it: فرض، إعادة فرض) names sanctions
    already in force, the background of what the sentence tells ("ألا تؤثر العقوبات على إيران على المساعدات"، "الحزمة
    الأولى من العقوبات الأميركية الجديدة"), unless a relative clause right after it tells their imposing ("العقوبات
    الجديدة التي فرضها ترامب على أنقرة الجمعة"). Headlines are read as usual (st.i == 0 is not passed here)."""
    if te - ts != 1 or _strip_wf(toks[ts].norm) != "العقوبات":
        return False  # (not "إعادة العمل بالعقوبات": the sanctions put back in force)
    for k in range(te, min(len(toks) - 1, te + 5)):
        if toks[k].norm in _RELATIVES:
            w = toks[k + 1].norm
            return not (w.startswith(_IMPOSE_STEMS) or w[:1] == "و" and w[1:].startswith(_IMPOSE_STEMS))
    return True


_IMPOSE_STEMS = tuple(sorted(word_set("impose", "start")))  # (data/wordsets.tsv; str.startswith takes a tuple)


_DENY_STEMS = ("نف", "ينف", "تنف", "رفض", "يرفض", "ترفض", "دحض", "يدحض", "تدحض", "كذب", "يكذب", "تكذب")


def _denied_after(toks, te) -> bool:
    """Is the accusation noun ending at te the object of a denial right after it, taken up by a pronoun (اتهامات نفتها
    الحكومة، المزاعم التي نفاها الكرملين، وهي اتهامات ترفضها موسكو)? Then it is told as denied by its target; who
    made it is named elsewhere, if at all."""
    k = te
    if k < len(toks) and toks[k].norm in _RELATIVES:
        k += 1
    if k >= len(toks):
        return False
    w = _strip_wf(toks[k].norm)
    return w.endswith(("ها", "ه", "هما")) and w.startswith(_DENY_STEMS) and len(w) <= 7


_DISCUSS = frozenset(("ناقش", "ناقشا", "ناقشت", "ناقشوا", "يناقش", "تناقش", "يناقشان", "تناقشان", "يناقشون", "بحث",
                      "بحثا", "بحثت", "بحثوا", "يبحث", "تبحث", "يبحثان", "تبحثان", "يبحثون", "تباحث", "تباحثا",
                      "تباحثوا", "يتباحث", "يتباحثان", "استعرض", "استعرضا", "استعرضت"))


def _discuss_verb(norm: str) -> bool:
    return norm in _DISCUSS or norm[:1] in "وف" and norm[1:] in _DISCUSS


def _topic_filtered(toks, groups, ts, te, recips):
    """The recipients of a verb of discussing less the parties in the genitive of its object (ناقشوا أنشطة إيران،
    ناقشوا الاتفاق النووي الإيراني، يناقش البرنامج شؤون الخليج): a party whose group follows, with no preposition, a
    word after the verb that is neither a party, a title, a number nor a word with و. The counterpart is named with
    مع or joined to the subject (بحث السيسي مع العاهل الأردني، تباحث ماكرون وبن سلمان)."""
    inside = set()
    for g in groups:
        inside.update(range(g["s"], g["e"]))
    drop = set()
    for g in groups:
        k = g["s"] - 1
        if g["prep"] is None and k >= te and k not in inside and k > ts and not _title_word(toks[k].norm) \
                and toks[k].norm not in ("و", "مع") and toks[k].norm[:1] != "و" and not toks[k].norm.isdigit():
            drop.update(g["ids"])
        elif g["prep"] in ("على", "علي", "ضد") and g["s"] - 2 >= te and toks[g["s"] - 1].norm in ("علي", "ضد") \
                and g["s"] - 2 not in inside and not _title_word(toks[g["s"] - 2].norm) \
                and toks[g["s"] - 2].norm[:1] != "و" and not toks[g["s"] - 2].norm.isdigit():
            drop.update(g["ids"])  # "يناقش عقوبات على الحرس الثوري": the party of the discussed measure (s21fp2)
    return [r for r in recips if r not in drop] if drop else recips


def _retold_act(toks, ts) -> bool:
    """Is the verbal act noun at ts named again by a demonstrative before it (هذه الاتهامات، تلك المزاعم)? It is an act
    told before (often by others: "نفى تلك المزاعم"، "إلى ماذا تستند هذه الاتهامات"), not a new one of this sentence's
    parties; where it was told, its sides were read."""
    return ts > 0 and toks[ts - 1].norm.lstrip("وفبل") in _DEMONSTRATIVES


_REQUEST_COPULAS = word_set("appeal", "request_copula")


def _request_from(toks, groups, ts, te):
    """The party that made a request named by the noun طلب in "بناء على طلب من X"، "بطلب من X"، "على طلب X" — the
    noun, not the verb (طلب ساركوزي من القضاء: X is asked): ب on the noun or على before it, and the party after من
    (or right after the noun, in the genitive), else None."""
    w = toks[ts].norm
    w1 = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    if not (w1 in ("بطلب", "لطلب") or w1 == "طلب" and ts > 0 and toks[ts - 1].norm in ("علي", "وعلي")
            or w1 == "طلب" and ts > 0 and te < len(toks) and toks[te].norm == "من"
            and toks[ts - 1].norm.lstrip("و") in ("بعد", "اثر", "عقب")):
        return None  # (also "بعد طلب من X"، "إثر طلب من X": X asked; s21leadsfp2)
    k = te + 1 if te < len(toks) and toks[te].norm == "من" else te
    return next((g for g in groups if g["s"] == k and g["prep"] in (None, "من")), None)


def _own_voice(norm: str) -> bool:
    """A verb unambiguously in the first person: an imperfect of "we" or "I" (نطلب، ندين، سنرد، أهنئكم، أرفض; not a
    perfect that opens with ن or ا: ناشد، أدان، أبرم) or a perfect of "we" (رفضنا، أبرمنا، اتفقنا). A perfect in ت
    (رفضت) is as often "she" and is not read here."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if w[:2] in ("سن", "سا") and len(w) > 4:
        w = w[1:]
    for r in readings(w):
        if r[:1] in "نا" and len(r) > 3 and r in VERB_FORMS and r not in PAST_FORMS and "ي" + r[1:] in VERB_FORMS:
            return True
        if r.endswith("نا") and r in PAST_FORMS and r[:-2] in PAST_FORMS:
            return True
    return False


def _future_neg(toks, ts) -> bool:
    """A refusal told by the negated future or a negated intention before the act: "لن نتنازل"، "لن ترفع العقوبات"،
    "أنقرة لا تعتزم تسليم المدينة"، "واشنطن لا تنوي رفع العقوبات"، "لم تعد تعتزم" (wordsets refuse/intend)."""
    if any(t.norm == "لن" for t in toks[max(0, ts - 3):ts]):
        return True
    return any(toks[k].norm.lstrip("و") in _INTEND_VERBS and k > 0 and (
        toks[k - 1].norm.lstrip("و") == "لا" or k > 1 and toks[k - 1].norm == "تعد" and toks[k - 2].norm.lstrip("و") == "لم")
        for k in range(max(0, ts - 3), ts))


_INTEND_VERBS = word_set("refuse", "intend")  # (تعتزم، ينوي ...)


_TOPIC_WORDS = {normalize(w) for w in TOPIC_PREPS} | {"حول", "بشان"}
_DISPUTE_HEADS = word_set("topic", "dispute_head")  # (data/wordsets.tsv: خلاف، جدل، نقاش ...)
_RELATION_WORDS = word_set("topic", "relation")  # (يرتبط، المتعلقة ...)


def _in_topic(text, toks, te, s) -> bool:
    """Does the group at token s stand inside a topic phrase opened after the trigger (بشأن اختفاء خاشقجي، حول قضية
    اللاجئين الفلسطينيين), a few words after its preposition?"""
    for k in range(s - 1, max(te - 1, s - 4), -1):
        if toks[k].norm.lstrip("و") in _TOPIC_WORDS:
            return k < s - 1 and not _strong_between(text, toks, k + 1, s)
    return False


def _in_background(text, toks, te, s) -> bool:
    """Does the group at token s stand inside a time phrase opened after the trigger by a preposition of time and the
    noun of another occurrence (أول محادثات منذ تسميم سكريبال، منذ حادث تسميم العميل): the genitive of that noun,
    no side of the act?"""
    for k in (s - 2, s - 3):
        if k >= te and toks[k].norm in _BACKGROUND_PREPS and not (k > 0 and toks[k - 1].norm == "من") \
                and (k == s - 2 or toks[k + 1].norm in _OCCASION_HEADS):  # (not the agent's "من قبل إيران")
            return not _strong_between(text, toks, k + 1, s)
    return False


_OCCASION_HEADS = word_set("occasion", "head")  # حادث، محاولة: the head noun of another occurrence (wordsets.tsv)


def _bloc(g) -> bool:
    """A group that is one named bloc of states (دول الخليج، الكوريتين): one mention standing for its members."""
    return len(g["m"]) == 1 and g["m"][0].kind == "GPE" and bool(g["m"][0].co)


def _party_after_pronoun(text, toks, groups, te):
    """The bare party right after the pronoun that follows a verb (طلبت منه القوات الباكستانية، دعت إليه القيادة
    الكوبية: a body named by a noun and its adjective of nationality may start one word later), or None."""
    return next((g for g in groups if (g["s"] == te + 1 or g["s"] == te + 2 and g["m"][0].kind == "NORP"
                                       and toks[te + 1].norm.startswith("ال")) and g["prep"] is None
                 and not _strong_between(text, toks, te, g["s"])), None)


_DECISION_WORDS = {"قرار", "قرارا", "قرارات", "القرار", "مرسوم", "المرسوم", "مرسوما"}


def _annulled(toks, te) -> bool:
    """Is the object a verb of cancelling needs a decision or a decree (ألغت المحكمة قرار الحكومة), not a visit or a
    meeting? The first such noun within six words after it decides."""
    for k in range(te, min(len(toks), te + 6)):
        w = toks[k].norm.lstrip("و")
        if w in _DECISION_WORDS:
            return True
        if w.startswith(("زيار", "الزيار", "قم", "القم", "اجتماع", "الاجتماع", "لقاء", "اللقاء", "محادث", "المحادث",
                         "مباحث", "المباحث", "مفاوض", "المفاوض", "جول", "الجول")):
            return False
    return False


_JOINED_RE = re.compile(r"^(?:[يت]|ست|سي)?جمعت?(?:ه|ها|هما|هم)$")  # (جمعته: the talks that brought him)


def _brought_together_with(toks, after, te):
    """The party after بـ in "لقاء (الذي) جمعه [الإثنين،] بفلان" right after a meeting noun, else None."""
    k = te
    if k < len(toks) and toks[k].norm in ("الذي", "التي", "الذى"):
        k += 1
    if k >= len(toks) or not _JOINED_RE.match(toks[k].norm):
        return None
    # the بـ / مع word: right after the verb or after a day word ("جمعه الإثنين، برئيس لجنة ...")
    # ("جمعته في بروكسل بالقوى الأوروبية": not the place after في, a name that starts with ب; the partner after it)
    j = next((x for x in range(k + 1, min(len(toks), k + 6))
              if (toks[x].norm == "مع" or toks[x].norm[:1] == "ب" and len(toks[x].norm) > 2)
              and toks[x - 1].norm != "في" and not (x - k > 3 and toks[x - 2].norm != "في")), None)
    if j is None:
        return None
    # the party itself, or the name after the title that bears بـ ("برئيس لجنة الأمن القومي ... علاء الدين بروجردي")
    return next((g for g in after if j <= g["s"] <= j + 10 and (g["s"] == j or g["s"] == j + 1 and toks[j].norm == "مع"
                                                              or g["prep"] is None)), None)


_DAY_COMMAS = re.compile(r"،\s*(?:يوم\s+)?(?:اليوم|أمس|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)"
                         r"(?:\s+(?:الماضي|المقبل))?\s*،")


_REL_DAYS = word_set("legal", "day")


def _rel_past_aside(text, toks, te):
    """"الضربات الجوية اليوم الخميس "التي نفذتها الطائرات الروسية"، "الغاز المسيل للدموع، الذي أطلقه الجيش"، "الغارات
    والهجمات التي شنتها": a relative clause naming who launched the attack noun ending at te, past a day told after the
    noun, a comma or quote opening the clause, or a second attack noun joined by و; the index of its verb, or None."""
    k = te
    while k < len(toks) and k - te < 3 and toks[k].norm in _REL_DAYS:
        k += 1  # (اليوم الخميس)
    if k + 2 < len(toks) and toks[k].norm[:1] == "و" and toks[k].norm[1:] in _ATTACK_NOUNS_B:
        k += 2 if _definite(toks[k + 1].norm) and toks[k + 1].norm not in ("الذي", "التي") else 1
        # ("الغارات الجوية والقصف المدفعي الذي شنه النظام": the clause after the second of two attacks)
    if k + 1 >= len(toks) or toks[k].norm not in ("الذي", "التي"):
        return None
    v = k + 1
    if toks[v].norm not in _LAUNCHED:
        return None  # (قام به: _doer_rel)
    if _STRONG.search(text[toks[te - 1].end:toks[k].start].replace("،", "", 1)):
        return None  # (no other break: a colon, a full stop, a second comma)
    return v


def _verb_with_object(norm: str) -> bool:
    """Is the word a verb form the trigger lexicon knows with an object pronoun on it (طرده، رفضه، تحتجزه)?"""
    if norm in VERB_FORMS:
        return False  # (وجه، نبه: the root's own ه)
    return any(norm.endswith(suf) and (norm[:-len(suf)] in VERB_FORMS or norm[:-len(suf)] + "ت" in PAST_FORMS)
               for suf in ("هما", "هم", "ها", "ه"))


_REL_ASIDE = word_set("relclause", "aside")
_NOT_ANTECEDENT = word_set("relclause", "not_antecedent")


def _indefinite_antecedent(text, toks, ts) -> bool:
    """Is the word right before the verb at ts an indefinite noun (or adjective) its relative clause may describe with
    no relative pronoun ("قس أميركي تحتجزه أنقرة")? Not a particle, an adverb or a verb, not after a break."""
    p = toks[ts - 1]
    w = p.norm
    if _STRONG.search(text, p.end, toks[ts].start) or '"' in text[p.end:toks[ts].start]:
        return False
    return len(w) > 2 and not _definite(w) and w not in _NOT_ANTECEDENT and w not in VERB_FORMS and not w.isdigit()


_RESUMPTIVE_OF = {"الذي": ("ه",), "التي": ("ها",), "الذين": ("هم",), "اللذين": ("هما",), "اللتين": ("هما",),
                  "اللذان": ("هما",), "اللتان": ("هما",), "اللواتي": ("هن",), "اللاتي": ("هن",), "اللائي": ("هن",)}


def _resumed_after(text, toks, k, rel) -> bool:
    """Does the word at k (right after the party that follows a relative clause's verb) carry the pronoun of the
    relative pronoun's antecedent ("التي علقت جامعة الدول العربية عضويتها"، "الذين رفضت السلطات طلباتهم")? Then the
    clause leaves its object out (the antecedent, taken up by the pronoun) and the party after the verb is its subject.
    Read on the written word (ة is no ه), an indefinite noun only, nothing but a space before it."""
    if k >= len(toks) or text[toks[k - 1].end:toks[k].start].strip():
        return False
    w = toks[k].text
    sufs = _RESUMPTIVE_OF.get(rel, ())
    suf = next((x for x in sufs if w.endswith(x)), None)
    if suf is None or len(w) - len(suf) < 3 or w.startswith(("ال", "وال", "بال", "لل")) or w[:1] in "بلو":
        return False  # (nor a complement after ب or ل: "كروكس، التي اتهمت الرئيس ترامب بتقبيلها" has its own object)
    if suf == "ه" and w.endswith(("اه", "يه", "وه")):
        return False  # (not a word ending in a long vowel and ه: مياه، فيه)
    return toks[k].norm not in VERB_FORMS and _object_suffix(toks[k].norm) is None  # (not a verb: "التي تعتبرها")


def _strong_between(text, toks, a, b) -> bool:
    if b <= a:
        return False
    lo = toks[a - 1].end if a > 0 else toks[0].start
    hi = toks[b].start if b < len(toks) else toks[-1].end
    return bool(_STRONG.search(text, lo, hi))


def _inserted_pp(text, toks, ts, te) -> tuple:
    """Where the object may start after a short في / خلال phrase (two or three words, no punctuation) right after a
    circumstantial participle set off by a comma ("، ومتهما في ردٍ مضاد الاتحاد الأوروبي"، "، متهما في ختام القمة
    رئيس الوزراء"): the token after its second and after its third word, else () (s24accuse)."""
    if ts == 0 or te >= len(toks) or toks[te].norm not in ("في", "خلال") \
            or not _STRONG.search(text, toks[ts - 1].end, toks[ts].start):
        return ()
    return tuple(j for j in range(te + 2, min(len(toks), te + 4)) if not _strong_between(text, toks, te + 1, j))


def _strong_between_dated(text, toks, a, b) -> bool:
    """_strong_between, where a day told between two commas ("رفعت السلطات العراقية، الثلاثاء، حظر التجوال") is an
    adverb of the clause, no break in it."""
    if not _strong_between(text, toks, a, b):
        return False
    lo = toks[a - 1].end if a > 0 else toks[0].start
    hi = toks[b].start if b < len(toks) else toks[-1].end
    if "،" not in text[lo:hi] or not _DAY_COMMAS.search(text, lo, hi):
        return True
    return bool(_STRONG.search(_DAY_COMMAS.sub(" ", text[lo:hi])))


_OFFICE_NOUNS = tuple(sorted(word_set("office", "noun")))  # (read as a word's start)


def _office_noun(w: str) -> bool:
    """An office or a title that opens a subject ("ودعت مديرة الشرق الأوسط للمنظمة"، "وطالب ممثل الحكومة")."""
    return _title_word(w) or w.startswith(_OFFICE_NOUNS)


def _title_word(w: str) -> bool:
    # (the word itself or without its proclitics: وزير keeps its و, وبالرئيس loses و ب, للرئيس is ل + الرئيس)
    w = w[1:] if w[:1] in "وف" and not w.startswith(_TITLE_STARTS) else w
    return w.startswith(_TITLE_STARTS) or w[:1] in "بل" and w[1:].startswith(_TITLE_STARTS) \
        or w.startswith("لل") and ("ا" + w[1:]).startswith(_TITLE_STARTS)


def _urged_on(toks, k, lo, lex) -> bool:
    """Does the على at k, between a verb of urging (from lo) and its first party, open the act urged ("وحث جميع الدول على
    التعاون مع حكومة مالي"), not an adjunct of the medium or the setting ("وحث ترامب في تغريدة على تويتر الصين على"،
    "وحث بومبيو على هامش القمة الحكومة العراقية على"; s22review1)?"""
    nx = toks[k + 1].norm if k + 1 < len(toks) else ""
    if nx == "هامش" or nx in lex.channels:
        return False
    return not any(toks[j].norm in _appeals._ADJUNCT_OPEN and toks[j + 1].norm in _appeals._ADJUNCT_NOUNS
                   for j in range(max(lo, k - 4), k - 1))


def _title_complement(text, toks, typ, subj, g) -> bool:
    """(twenty-second session, track s22request) Is g, a party after ل right after the subject of a verb of calling or
    threatening, the body of the subject's office ("وناشد الأمين العام للأمم المتحدة السلطات السودانية"، "وطالب الأمين العام
    للجامعة العربية بتحقيق دولي")? The subject opens with an office title and names its holder by the title alone (the
    coder took him for the holder named before); the body after it is his own, in the genitive, never the one asked."""
    if typ not in ("REQUEST", "THREATEN") or g["prep"] != "ل" or g["s"] != subj["e"]:
        return False
    if text[toks[subj["e"] - 1].end:toks[g["s"]].start].strip():
        return False
    return _title_word(toks[subj["s"]].norm) and all(x.kind == "PERSON" and x.bare for x in subj["m"])


# the first word of an office (a mention opening on one is office-like); titles add a few more
_OFFICE_STARTS = ("رييس", "وزير", "مستشار", "نظير", "الرييس", "المستشار", "المتحدث", "سفير", "السفير", "كبير", "ملك",
                  "الملك", "امير", "الامير", "زعيم", "الزعيم", "قايد", "القايد", "ولي", "نايب")
_TITLE_STARTS = _OFFICE_STARTS + ("الوزير", "حاكم", "محافظ", "المحافظ", "مبعوث", "المبعوث", "امين", "الامين", "مرشد",
                                  "المرشد", "شيخ", "عاهل", "العاهل", "السلطان", "سلطان")  # (محافظ: a governor, "بمحافظ
# الحديدة الحسن طاهر": the named holder heads the phrase, as after حاكم)


# heads whose genitive is the other side: support "for the enemies of Morocco" is not support for Morocco
_FOES = {normalize(w) for w in ("أعداء", "اعداء", "الأعداء", "خصوم", "الخصوم", "معارضي", "أعدائه", "أعدائها", "عدو")}
# verbs of giving or imposing with the pronoun of the noun they follow (الدعم الذي يقدمه، العقوبات التي فرضتها)
_GIVE_REL = {v + p for v in word_set("relclause", "give") for p in ("ه", "ها", "هم")}  # (data/wordsets.tsv)
_ATTACK_NOUNS_B = {normalize(w) for w in ("هجوم", "الهجوم", "هجمات", "الهجمات", "اغتيال", "تفجير", "تفجيرات", "التفجير",
                                            "هجوما", "قصف", "القصف", "تسميم", "اعتداء", "الاعتداء")}
def _envoy_at(toks, te):
    """The ambassador word right around a summoning or recalling trigger ending at te (k, or None) and whether a
    pronoun makes him the state's own (سفيرها، سفيره with its ه; not the bare سفيره read from سفيرة)."""
    k = next((k for k in range(te - 1, min(len(toks), te + 6)) if any(
        r.startswith(("سفير", "سفرا")) for r in readings(toks[k].norm.lstrip("وفبل")))), None)
    if k is None:
        return None, False
    w = toks[k].norm.lstrip("وفبل")
    own = w.endswith(("ها", "ه", "هم", "نا")) and not w.endswith("سفيره") or w.endswith("سفيره") and toks[k].text.endswith("ه")
    return k, own


_DRILLS = ("مناور", "تدريبات", "تمرين", "تمارين")


def _drill_sides(text, toks, groups, te):
    """The leader (بقيادة X) and the participants (بمشاركة ... X، بالإضافة إلى ... Y) of a drill named at te, within its
    sentence: (group or None, [groups])."""
    lead, part, k_part = None, [], None
    for k in range(te, min(len(toks), te + 12)):
        w = toks[k].norm.lstrip("و")
        if w in ("بقياده", "قياده") and lead is None:
            lead = next((g for g in groups if k < g["s"] <= k + 2 and not _full_stop_between(text, toks, k, g["s"])), None)
        if w in ("بمشاركه", "مشاركه", "بحضور") and k_part is None:
            k_part = k
    if k_part is not None:
        part = [g for g in groups if k_part < g["s"] <= k_part + 16 and not _full_stop_between(text, toks, k_part, g["s"])
                and not all(x.kind in ("LOC", "FAC") for x in g["m"]) and g["prep"] not in ("في", "ب")]
    return lead, part


_WARN = ("حذر", "يحذر", "تحذر", "نحذر", "يحذرون", "محذر", "تحذير")


def _apposition_end(text, toks, k):
    """The token after an apposition that opens at token k with a comma and an office (قيس الخزعلي، أمين عام تنظيم
    "عصائب أهل الحق" الشيعي العراقي، المملكة) and closes with the next comma within 12 words; else None."""
    if k <= 0 or k >= len(toks) or text[toks[k - 1].end:toks[k].start].strip() not in ("،", ",") \
            or not (_title_word(toks[k].norm) or toks[k].norm in _RELATIVES or toks[k].norm in _APPOSED_PRONOUNS):
        # (or a relative clause: "واتهمت وزارة الدفاع الروسية، التي تدعم الحكومة السورية في الحرب، الأحد مقاتلي المعارضة")
        # (or a pronoun parenthesis: "وانتقد ألكسندر هوستن، وهو من أحفاد الأخ غير الشقيق لهتلر، الرئيس الأميركي")
        return None
    for j in range(k + 1, min(len(toks), k + 13)):
        gap = text[toks[j - 1].end:toks[j].start]
        if "،" in gap or "," in gap:
            return j
        if any(c in gap for c in ".؛;:!?؟\n"):
            return None
    return None


def _noun_apposition_end(text, toks, k):
    """The token closing an apposition after a person that opens at token k with a comma and a noun (not a verb) and
    closes with the next comma within 12 words ("ألكسندر بينالا، مساعد مدير مكتب الرئيس إيمانويل ماكرون،"); else None."""
    if k <= 0 or k >= len(toks) or text[toks[k - 1].end:toks[k].start].strip() not in ("،", ",") \
            or toks[k].norm in VERB_FORMS or toks[k].norm in _RELATIVES or toks[k].norm[:1] in "وف":
        return None
    return _apposition_end(text, toks, k) if _title_word(toks[k].norm) else next(
        (j for j in range(k + 1, min(len(toks), k + 13)) if "،" in text[toks[j - 1].end:toks[j].start]
         or "," in text[toks[j - 1].end:toks[j].start]), None)


def _office_like(toks, m) -> bool:
    return any(t.norm.startswith(_OFFICE_STARTS) for t in toks[m.s:m.s + 1])


_CONJ_IN = frozenset(("وفي", "ففي"))


def _prep(text, toks, m: Mention):
    if m.s > 1 and toks[m.s - 1].norm in ("نظيره", "نظيرها", "نظيريه", "نظرايه", "ونظيره", "ونظيرها"):
        m = Mention(m.s - 1, m.e, m.eid, m.kind, m.country, m.sector, m.start, m.end)
    if m.s > 1 and toks[m.s - 1].norm == "من" and toks[m.s - 2].norm in QUANT:
        return None  # "الآلاف من سكان جرادة": a quantity, not a source
    if _partitive(text, toks, m.s):
        return None  # "عناصر من الشرطة التركية"، "أعضاء في الكونغرس الأمريكي": some of the party, the party acts
    if m.s > 1 and _member_head(text, toks, m.s):
        if toks[m.s - 2].norm == "من":
            return None  # "مقتل 3 من مسلحي داعش": a count of them
        # "غارات على مسلحي الحوثي"، "ضد عناصر داعش": the preposition before the head noun is the party's
        m = Mention(m.s - 1, m.e, m.eid, m.kind, m.country, m.sector, m.start, m.end)
    if m.s > 2 and toks[m.s - 1].norm in ("عن", "من") and toks[m.s - 2].norm in ("يقل", "تقل", "اكثر", "اقل", "يزيد", "تزيد"):
        return None  # "قتلوا ما لا يقل عن 232 مدنيا"، "أكثر من 40 ألف مدني": a count, not a preposition
    if m.s > 0:
        w = toks[m.s - 1].norm
        if w == "في" and m.s > 2 and toks[m.s - 2].norm in _WITH_HEADS and toks[m.s - 3].norm in ("مع", "ومع") \
                and not _STRONG.search(text, toks[m.s - 3].end, toks[m.s].start):
            return "مع"  # "بحثوا مع نظرائهم في وكالة المخابرات المركزية": the counterparts' or officers' body is the side met
        if w in PREPS and not _STRONG.search(text, toks[m.s - 1].end, toks[m.s].start):
            return PREPS[w]
        if w in _CONJ_IN and not _STRONG.search(text, toks[m.s - 1].end, toks[m.s].start):
            return "في"  # "وفي محافظة البيضاء، استهدفت المقاتلات": a place the clause is set in, not its subject
        j = m.s - 1  # "في العاصمة اليمنية صنعاء"، "على مدينة مأرب": a town's head noun (and its demonym) between
        if j > 1 and toks[j].norm.startswith("ال") and toks[j].norm.endswith(("يه", "ي")) \
                and toks[j - 1].norm.lstrip("و").removeprefix("ال") in _TOWN_HEADS:
            j -= 1
        if j > 0 and toks[j].norm.lstrip("و").removeprefix("ال") in _TOWN_HEADS and toks[j - 1].norm in PREPS \
                and not _STRONG.search(text, toks[j - 1].end, toks[m.s].start):
            return PREPS[toks[j - 1].norm]  # the preposition before the head is the place's
        if w.lstrip("و") in _COMPASS and m.s > 1 and toks[m.s - 2].norm in PREPS \
                and not _STRONG.search(text, toks[m.s - 2].end, toks[m.s].start):
            return PREPS[toks[m.s - 2].norm]  # "على شمال إسرائيل"، "في شرق أوكرانيا": the part of the place, same preposition
        if w.lstrip("و") in _SEAT_NOUNS and m.s > 1 and toks[m.s - 2].norm.lstrip("و") == "امام" \
                and not _STRONG.search(text, toks[m.s - 2].end, toks[m.s].start):
            return "أمام"  # "نظمت المظاهرة أمام مكتب المفوضية الأوروبية": the seat of a body is a place
        if w in _ENVOY_HEADS and m.s > 1 and toks[m.s - 2].norm in PREPS \
                and not _STRONG.search(text, toks[m.s - 2].end, toks[m.s].start):
            return PREPS[toks[m.s - 2].norm]  # "بحث الملف مع مسؤولي الناتو": the body its people stand for
        if m.s > 1 and (w in _WITH_HEADS and toks[m.s - 2].norm in ("مع", "ومع")
                        or m.s > 2 and w in _OFFICE_GEN and toks[m.s - 3].norm in ("مع", "ومع")
                        and toks[m.s - 2].norm in _WITH_HEADS | _ENVOY_HEADS) \
                and not _STRONG.search(text, toks[m.s - (2 if w in _WITH_HEADS else 3)].end, toks[m.s].start):
            return "مع"  # "خلال اجتماع مع عقيد روسي"، "خلال اجتماع مع وزيري دفاع كوريا الجنوبية واليابان": the officer's
            # or office holder's state or body is the side met
        if w in ("قبل", "جانب", "طرف") and m.s > 1 and toks[m.s - 2].norm == "من":
            return "من قبل"  # (من جانب الجيش الإسرائيلي، من طرف الشرطة: by them)
        if w == "جانب" and m.s > 1 and toks[m.s - 2].norm in ("الي", "والي") \
                and not _STRONG.search(text, toks[m.s - 2].end, toks[m.s].start):
            return "إلى"  # (يقف إلى جانب العائلات، وإلى جانب الولايات المتحدة: beside them, never a subject)
    w = toks[m.s].norm
    if w[:1] in "وف" and len(w) > 4 and not (w[0] == "ف" and w[1] in "بل"):
        w = w[1:]  # (a ف before ل/ب begins a name: فلسطينيين، فلاديمير; "فلإيران" is rare)
    if w.startswith("لل") or (w.startswith("ل") and len(w) > 4 and normalize(m_text(text, m))[:1] == "ل" and False):
        return "ل"
    if w.startswith(("بال", "لل")):
        return "ب" if w[0] == "ب" else "ل"
    if w[:1] in "بل" and len(w) > 3 and not m.bare:
        # the bare word without the letter is a known reading → a clitic preposition (unless the entity stage's name
        # begins with the letter: "بشار الأسد"، "بنيامين نتنياهو")
        if w[1:] in readings(w) and w not in _KNOWN_L:
            return "ب" if w[0] == "ب" else "ل"
    return None


_TOPIC_NOUNS = {"ملف", "ملفي", "الملف", "ملفات", "الملفات", "قضيه", "القضيه", "قضايا", "مساله", "المساله", "موضوع",
                "الموضوع", "ملفا", "قضيتي"}

def _uncancelled(trigs):
    """Drop the meeting nouns a cancelling verb governs ("ألغى الوزير زيارته إلى أنقرة": the visit is the REJECT's object,
    no CONSULT)."""
    ends = [m.end_tok for m in trigs if m.value.type == "REJECT" and m.value.mode == "meet"]
    if not ends:
        return trigs
    return [m for m in trigs if not (m.value.type == "CONSULT" and any(0 <= m.start_tok - e < 6 for e in ends))]

_TOPICAL = {"CONSULT", "REQUEST", "ACCUSE", "SUPPORT", "REJECT", "AGREE", "THREATEN"}

_KNOWN_L = {"لبنان", "ليبيا", "لندن", "بريطانيا", "بولندا", "بلجيكا", "بغداد", "بكين", "برلين", "باريس",
            "بيروت", "بوتين", "بلغراد", "بنغازي", "باكستان", "بيونغ", "بروكسل", "بومبيو", "لافروف", "لاتفيا",
            "ليتوانيا", "بنغلاديش", "بورما", "بوكو", "بولتون"}


def m_text(text, m):
    return text[m.start:m.end]


# no "^": a compiled pattern's match(text, pos) anchors at pos, where "^" would only match the text's start
_DATELINE = re.compile(r"[^\n]{0,90}?\)\s*(?:--|—|–|-)\s*"
                       # a place and the outlet in quotes: "بيروت – «القدس العربي»: "، "لندن: «الشرق الأوسط» "
                       r"|[^\s«»():،,.]{2,20}(?:\s[^\s«»():،,.]{2,20})?\s*(?::|--|—|–|-|ـ+)\s*«[^»\n]{2,30}»\s*:?\s*"
                       r"|[^\n(]{0,40}?\s(?:--|—|–)\s*"
                       r"|(?:[^\s()،,]+|[^\n()]{0,40}?[،,][^\n(),،]{0,40}?)\s*"
                       r"\((?:[A-Za-z .]{2,12}|أ ف ب|رويترز|واس|وام|سانا|قنا|كونا|بترا|الأناضول)\)\s*")
# (the last form: "أتلانتا، الولايات المتحدة الأمريكية (CNN) نفى ...": a place (one word, or with a comma) and an
# agency in brackets, no dash; "وقالت وكالة الأنباء السورية (سانا)" is no dateline)
_FULLSTOP = re.compile(r"[؛;!?؟]|\.(?:(?<!\d\.)|(?!\d))")  # (not a decimal point: 2.5 مليار); a colon introduces speech or a headline topic: no stop


def _dateline_end(text, start, toks) -> int:
    """Index of the first token after a dateline ("دبي، الإمارات (CNN)-- ", "القاهرة — "), else 0. A dateline
    opens a paragraph."""
    if start > 0 and text[start - 1] != "\n":
        k = start  # (the last character before start that is no space or tab: a newline?)
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k == 0 or text[k - 1] != "\n":
            return 0
    end = min(len(text), start + 120)
    if text.find(")", start, end) < 0 and text.find("—", start, end) < 0 and text.find("–", start, end) < 0 \
            and text.find("--", start, end) < 0 and text.find("«", start, end) < 0:
        return 0  # (each branch of _DATELINE needs one of these: a closing bracket, a dash after a space or '«')
    m = _DATELINE.match(text, start, end)
    if not m:
        return 0
    return next((k for k, t in enumerate(toks) if t.start >= m.end()), 0)


_REFUSED_CLAIM = word_set("blame", "refused_claim")
_GEN_CHAIN = word_set("blame", "gen_chain")
_PATIENT_ACTS = word_set("request", "patient_act")


def _patient_of_demanded_act(toks, groups, recips, te) -> bool:
    """Does every recipient of a demand stand right after a verbal noun of an act done to it (request/patient_act:
    ترحيل، تسليم، سجن، مواجهة ...), bare or after لـ, after the trigger: the genitive of the act demanded, not the one
    asked? ("طلبت رسميا ترحيل أحد قادة الأكراد"؛ not "يطلب مقابلة وزير الخارجية"، "طالبت مساعدة الإنتربول")"""
    for r in recips:
        g = next((g for g in groups if r in g["ids"] and g["s"] > te and g["prep"] is None), None)
        if g is None:
            return False
        for k in range(g["s"] - 1, max(te, g["s"] - 3) - 1, -1):
            if _bare_noun(_strip_wf(toks[k].norm), "ل") in _PATIENT_ACTS:
                break
            if toks[k].norm.startswith(("ال", "وال")) or toks[k].norm in _NOUN_PREPS or len(toks[k].norm) < 3:
                return False  # (only an indefinite noun of the construct chain between: "ترحيل أحد قادة"، "لمواجهة
                # وحشية إسرائيل")
        else:
            return False
    return True


_ADMIT = word_set("refusal", "admit")  # (letting people or vessels in: the ones refused entry are addressed)
_BLAME_DENY = frozenset(("نفت", "نفي", "تنفي", "ينفي", "نفوا", "ينفون", "انكرت", "انكر", "تنكر", "ينكر", "نفيها", "نفيه"))


_BLAME_TERROR = frozenset(("للارهاب", "الارهاب", "وللارهاب", "للارهابيين"))
_BLAME_RESP = frozenset(("المسووليه", "مسووليه", "بالمسووليه"))
_BLAME_MID_HEAD = {p + w: objs for ws, objs in (
    (("دعم", "تمويل", "رعايه"), _BLAME_TERROR),
    (("تحميل", "يحمل", "تحمل", "حمل", "حملت", "يحملون", "يتحمل", "تتحمل", "يتحملان", "تتحملان"), _BLAME_RESP))
    for w in ws for p in ("", "و", "ب", "ل", "وب", "ول") if not (w[:1] in "يت" and p[-1:] == "ب")}
_BLAME_MID_GROUPS = frozenset(("للجماعات", "الجماعات", "للمنظمات", "المنظمات", "للحركات", "للميليشيات", "للمليشيات"))


def _blame_mid(toks) -> list:
    """"دعم قطر للإرهاب"، "تمويل إيران للجماعات الإرهابية"، "تحميل روسيا مسؤولية استخدام الغاز"، "يتحمل نظام الأسد
    المسؤولية": support of terrorism or the responsibility with its doer between the noun or verb and its object;
    (head, end, "mid", end of the doer) for each, the doer being one to four words (checked against the parties by
    _blame)."""
    out = []
    n = len(toks)
    heads = _BLAME_MID_HEAD
    for j in [j for j, t in enumerate(toks) if t.norm in heads]:
        objs = heads[toks[j].norm]
        for e in range(j + 2, min(n, j + 6)):
            w = toks[e].norm
            if w in objs:
                out.append((j, e + 1, "mid", e))
                break
            if objs is _BLAME_TERROR and w in _BLAME_MID_GROUPS and e + 1 < n and toks[e + 1].norm in ("الارهابيه", "المتطرفه"):
                out.append((j, e + 2, "mid", e))
                break
    return out


_BLAME_COPULA = frozenset(("هو", "هي", "هم", "من", "الذي", "التي", "الذين"))
# (s23accuse) the words that may stand between the subject of a generated wrongdoing form and its verb (إن إيران قد
# انتهكت، إن الحوثيين هم من قوضوا), the words that may open its subject, and the negations that deny the clause
# ("لا يعتقد أن الروس تدخلوا"): data/wordsets.tsv wrongdoing
_WD_GAP = word_set("wrongdoing", "gap")
_WD_OPEN = word_set("wrongdoing", "open")
_WD_NEG = word_set("wrongdoing", "neg")


def _wrongdoer(text, toks, groups, k):
    """The subject of a generated wrongdoing form at token k (data/wrongdoing.tsv, s23accuse): the party group that
    ends right before the verb (only قد، هو، هي ... between), opening the clause's subject: after إن/أن, a quote, a
    colon or a comma, or coordinated with a party before it ("إن جي آر يو والجيش الروسي تدخلا"). Not the genitive of a
    noun ("إن عاملين في مشروع هايتي انتهكوا مدونة السلوك": the workers, no party), nor a party after a relative
    ("من يدعمون الإرهابيين"), nor a clause denied by its verb of saying or believing ("لا يعتقد أن الروس تدخلوا")."""
    g = next((g for g in groups[::-1] if g["e"] <= k), None)
    if g is None or g["prep"] is not None or any(toks[j].norm not in _WD_GAP for j in range(g["e"], k)) \
            or _strong_between(text, toks, g["e"], k) or text[toks[g["e"] - 1].end:toks[k].start].strip() in ("،", ","):
        return None
    s = g["s"]
    if s > 0:
        prev = toks[s - 1]
        gap = text[prev.end:toks[s].start]
        if not (any(c in gap for c in '"«»“”:،,()') or prev.norm in _WD_OPEN
                or any(h["e"] == s or h["e"] == s - 1 and toks[s - 1].norm == "و" for h in groups if h is not g)):
            return None
    if s >= 2 and toks[s - 1].norm in _COMPLEMENTIZERS | {"ان"} and (
            toks[s - 2].norm.lstrip("و") in _WD_NEG or s >= 3 and toks[s - 3].norm.lstrip("و") in _WD_NEG):
        return None  # (the verb of the clause denied: "لا يعتقد أن"، "نفى أن"; not "رأيي لم يتغير، وهو أن روسيا سعت")
    return g
_BLAME_HEDGE = frozenset(("مزاعم", "ادعاءات", "اتهامات", "الاتهامات", "تحقيق", "التحقيق", "تحقيقات", "التحقيقات",
                          "شكوك", "الشكوك", "الاشتباه", "اشتباه", "احتمال", "مزعوم", "المزعوم", "بزعم"))
_IN_CHARGE_OF = frozenset(("التحقيق", "تحقيق", "التحقيقات", "الملف", "ملف", "الاشراف", "اداره", "تنظيم", "حمايه", "التنسيق",
                           "العلاقات", "الشوون", "الامن", "الاتصال", "الحمله", "البرنامج", "المفاوضات", "متابعه", "تنفيذ",
                           "شوون", "ملفات", "الملفات", "قطاع", "القطاع", "عمليات", "العمليات", "السياسه", "الاعلام",
                           "التخطيط"))
_BLAME_CONDITIONAL = frozenset(("اذا", "واذا", "فاذا", "لو", "ولو", "حال", "حاله", "ثبت", "ثبوت", "لثبوت", "اثبات"))
# a counter-measure given as the cause of a sanction (ردا على قرارها طرد الدبلوماسيين، ردا على عقوباتها) is no wrong held
# against its author
_COUNTER_MEASURES = frozenset(("قرار", "قرارا", "اجراء", "اجراءات", "عقوبات", "عقوبه", "طرد", "خطوه", "خطو", "تدابير",
                               "رد", "ردود", "موقف", "مواقف", "تصريحات", "تصريح"))
_ACT_PP = frozenset(("بشان", "حول", "ضد", "تجاه", "بحق", "ازاء", "حيال", "بخصوص"))


def _blame_mid_data(toks, heads) -> list:
    """"دعم إيران لميليشيات الحوثي"، "تدخل كندا في الشؤون الداخلية": the mid rows of data/implicit_blame.tsv, a
    verbal noun whose doer (one to four words) stands between it and its object; (head, end, "mid", end of the doer)
    for each (the doer is checked against the parties by _blame)."""
    out = []
    n = len(toks)
    for j in [j for j, t in enumerate(toks) if t.norm in heads]:
        objs = heads[toks[j].norm]
        for e in range(j + 2, min(n, j + 6)):
            w = toks[e].norm
            o = next((o for o in objs if o[0] == w and e + len(o) <= n
                      and all(toks[e + i].norm == o[i] for i in range(1, len(o)))), None)
            if o is not None:
                out.append((j, e + len(o), "mid", e))
                break
    return out


def _act_pp_between(text, toks, groups, a, b) -> bool:
    """"الإجراءات التي اتخذتها الولايات المتحدة بشأن القس أندرو برنسون لا تليق": only a phrase of what the act is
    about (بشأن، حول، ضد، تجاه ...), at most five words, stands between the doer ending at a and the predicate at b."""
    if not (a < b <= a + 6) or toks[a].norm not in _ACT_PP or _full_stop_between(text, toks, a + 1, b):
        return False
    return not re.search(r"[،,]", text[toks[a].start:toks[b].start])


def _blame_gender(text, m) -> str | None:
    """The grammatical gender of a party a pronoun refers back to, where its form says it: "f" for a state named
    without the article (إيران، روسيا، قطر; but لبنان) or with it and a feminine ending (السعودية، الولايات المتحدة,
    الإمارات), "m" for a man or a state with the article and no such ending (العراق، اليمن، السودان); else None."""
    if m.kind == "PERSON":
        return "m"
    if m.kind != "GPE":
        return None
    name = text[m.start:m.end].strip()
    if name.startswith(("و", "ب", "ل")) and name[1:3] == "ال":
        name = name[1:]
    if not name.startswith("ال"):
        return "m" if name in ("لبنان",) else "f"
    return "f" if name.endswith(("ة", "ات")) else "m"


def _blame_owner_suffix(tok) -> str | None:
    """The possessive pronoun (ها، ه، هم، هما) that ends a blamed noun as written (دعمها، انتهاكاته، جرائمهم), else
    None; a final ة (written ة, normalised ه) is no pronoun."""
    t = tok.text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    for suf in ("هما", "هم", "ها", "ه"):
        if t.endswith(suf) and len(t) - len(suf) >= 3:
            return suf
    return None


def _full_stop_between(text, toks, a, b) -> bool:
    """Is there a full stop (. ؛ ! ؟) between the end of token a-1 and the start of token b?"""
    if b < a or a == 0:
        return False
    lo = toks[a - 1].end if a > 0 else toks[0].start
    return bool(_FULLSTOP.search(text, lo, toks[b].start if b < len(toks) else toks[-1].end))


# members or units of a party named before it with من/في (عناصر من الشرطة، أعضاء في الكونغرس، وحدات من الجيش)
_PARTITIVE = {"اعضاء", "عناصر", "وحدات", "افراد", "مسوولين", "مسوولون", "ضباط", "قياديين", "قياديون", "نواب", "مجموعه",
               "مجموعات", "دفعه", "دفعات"}  # (مجموعة من المسلحين هاجمت: the gunmen; "غادرت أول دفعة من المقاتلين": a
# batch of evacuees, the fighters)
_MEMBER_HEAD = word_set("roles", "member_head")
# masculine plurals opening a member or partitive phrase (أعضاء، عناصر): a masculine verb agrees with them (_feminine_state)
_MASC_HEADS = frozenset((_MEMBER_HEAD | _PARTITIVE) - {"مجموعه", "مجموعات"})
_MEMBER_GENERIC = word_set("roles", "member_generic")
_HIS_CITIZENS = word_set("citizens", "possessed")  # مواطنيه، رعاياها، شعبه (parties._his_citizens)
_ARMED_ADJ = word_set("roles", "armed_adjective")


_FACTION = word_set("roles", "faction")
_FACTION_LINK = word_set("roles", "faction_link")


def _faction_gap(toks, a, b) -> bool:
    """Do the words between a generic noun of fighters ending at a and a named body at b tie them as its members: "من"
    alone ("مسلحون من حركة الشباب") or "من" and a faction or unit noun, with في/من/داخل after it ("مسلحين من فصيل في
    بوكو حرام"، "مقاتلون من فرع داعش")?"""
    if b <= a or toks[a].norm != "من":
        return False
    if b == a + 1:
        return True
    return b - a in (2, 3) and toks[a + 1].norm in _FACTION and (b - a == 2 or toks[a + 2].norm in _FACTION_LINK)


_STATE_COUNT_HEADS = word_set("groups", "state_count_head")
_BLOC_LINKS = word_set("groups", "bloc_link")


def _bloc_partitive(text, toks, a, b) -> bool:
    """Do the words from a to b ("من"، "من أعضاء"، "أعضاء في"، "عضو في") tie a count of states to the bloc named at b?"""
    if not 0 < b - a <= 3 or _STRONG.search(text, toks[a - 1].end, toks[b].start):
        return False
    gap = [toks[k].norm for k in range(a, b)]
    return gap[0] in ("من", "اعضاء", "عضو") and all(w in _BLOC_LINKS for w in gap)


def _member_head(text, toks, s) -> bool:
    """Is the party at token s the genitive of a plural of its fighters or members (هاجم مسلحو حركة الشباب قاعدة،
    اقتحم عناصر تنظيم داعش مبنى، بين مقاتلي طالبان)? The phrase is the party, and it opens at the head noun."""
    return s > 0 and toks[s - 1].norm in _MEMBER_HEAD and not _STRONG.search(text, toks[s - 1].end, toks[s].start) \
        and not toks[s].norm.lstrip("وف").startswith(("بال", "لل", "كال"))  # (قادة بالحشد الشعبي: a preposition, no construct)


_BELONGING = word_set("roles", "belonging")
_TAKEN_IN = word_set("aid", "taken_in")  # لاجئين، مهاجرين، شخصا: people a state receives
_TAKE_IN_VERBS = tuple(sorted(word_set("aid", "take_in_verb")))  # (read as a word's start)
# a type whose modes name different acts, never one act told twice (expel / withdraw / convict)
_DISTINCT_MODES = frozenset(("SANCTION",))
_UNIT_HEADS = word_set("roles", "unit_head")


def _belonging_head(text, toks, s):
    """The unit noun of a phrase that belongs to the party at token s ("نفذت طائرات الأباتشي التابعة للتحالف العربي
    غارات"، "اعتقلت فرقة العمل المشترك لمكافحة الإرهاب التابعة لمكتب التحقيقات الفدرالي"، "وحدة خاصة تابعة للشرطة"): its
    token index, or None. The unit acts for the body; a position (مواقع تابعة للنظام) is no unit and stops the search."""
    if s < 2 or toks[s].norm[:1] != "ل" or toks[s - 1].norm.lstrip("و") not in _BELONGING \
            or _STRONG.search(text, toks[s - 1].end, toks[s].start):
        return None
    for k in range(s - 2, max(-1, s - 8), -1):
        if _STRONG.search(text, toks[k].end, toks[k + 1].start) and not (
                k == s - 2 and text[toks[k].end:toks[k + 1].start].strip() in ("،", ",")):
            return None  # (a comma may open the participle's phrase: "طائرات الأباتشي، التابعة للتحالف العربي،")
        r = readings(toks[k].norm)
        if any(x in _UNIT_HEADS for x in r):
            return k
        if any(x in _TARGET_NOUNS for x in r):
            return None
    return None


_ORGAN_HEADS = word_set("roles", "organ_head")  # المكتب، اللجنة، الجمعية، المجلس ...
_ORGAN_ADJS = word_set("roles", "organ_adj")  # السياسي، التنفيذية، البرلمانية ...


def _organ_head(text, toks, s):
    """The head noun of an organ of the body named at token s with ل ("ودعت الجمعية البرلمانية لمجلس أوروبا السلطات
    التركية"، "ودعا المكتب السياسي لحركة حماس مصر"، "اللجنة التنفيذية لمنظمة التحرير"): a definite organ noun and up to two
    definite adjectives right before the body, nothing between; its token index, or None. The organ acts for the body."""
    if s < 1 or toks[s].norm[:1] != "ل":
        return None
    k = s - 1
    while k >= max(0, s - 3) and not _STRONG.search(text, toks[k].end, toks[k + 1].start):
        w = toks[k].norm.lstrip("و")
        if w in _ORGAN_HEADS:
            return k
        if w not in _ORGAN_ADJS:
            return None
        k -= 1
    return None


_SUBORDINATE = word_set("clause", "subordinate")  # بعدما، عندما، حينما، لأن ... (data/wordsets.tsv)
# (material acts only: a reaction's cause clause often names the one reacted to, "لن تتراجع تركيا بعد أن هدد ترامب")
_MATERIAL_SUB = frozenset(("SANCTION", "COERCE", "ASSAULT"))
_NEEDS_RECIPIENT_AFTER_SUB = frozenset(("SANCTION", "COERCE"))


def _subordinate_after(toks, te):
    """The index of a subordinator opening a clause of time or cause after the trigger (بعدما، عندما، لأن، بعد أن)
    within its sentence's next twenty words, or None."""
    for k in range(te, min(len(toks), te + 20)):
        w = toks[k].norm.lstrip("و")
        if w in _SUBORDINATE or w == "بعد" and k + 1 < len(toks) and toks[k + 1].norm in ("ان", "أن"):
            return k
    return None


# types told of one side only (a deployment, a protest with no target named, a concession or a step back of one's own):
# their claim needs no target (data-light: four PLOVER types, not a lexicon)
_MONADIC = frozenset(("MOBILIZE", "PROTEST", "CONCEDE", "RETREAT"))


def _partial(ev) -> bool:
    """Is ev an act told as done (not negated, not hypothetical) with no doer, or with no target where its type needs
    one?"""
    if ev["negated"] or ev["hypothetical"]:
        return False
    return not ev["actors"] or not ev["recipients"] and ev["type"] not in _MONADIC


def _partitive(text, toks, s) -> bool:
    """Is the party at token s named as the body some members or units of it belong to (عناصر من الشرطة التركية،
    أعضاء في الكونغرس الأمريكي، وحدات من الجيش التركي)? The group then starts at the partitive noun."""
    return s > 1 and toks[s - 1].norm in ("من", "في") and toks[s - 2].norm.lstrip("و") in _PARTITIVE \
        and not _STRONG.search(text, toks[s - 2].end, toks[s].start)


_ATTACK_PAST = ("قصف", "قتل", "دمر", "اقتحم", "استهدف", "هاجم", "اختطف", "خطف", "اغتال", "ذبح", "ضرب")
_ATTACK_PRES = ("قصف", "قتل", "دمر", "قتحم", "ستهدف", "هاجم", "ختطف", "خطف", "غتال", "ذبح", "ضرب")
_PHYSICAL_VERBS = frozenset([p + x for p in _ATTACK_PAST for x in ("", "ت", "وا", "ا", "تا")]
                          + [q + p + x for p in _ATTACK_PRES for q in "يت" for x in ("", "ون", "ان")])


_CLASH_WORDS = re.compile("|".join(sorted(word_set("clash", "noun", "stem"), key=lambda w: (-len(w), w))))
_HARM_WORDS = ("قتل", "مقتل", "قتلي", "قتيل", "مصرع", "لقي", "لقوا", "اصيب", "اصاب", "جرح", "جرحي", "اصابه", "اصابات",
               "استشهاد", "استشهد")


def _told_by_harm(ev) -> bool:
    """Is an attack told by a word of killing or wounding (قتل، مقتل، لقي مصرعه، أصيب) other than an active verb with an
    armed subject (الاحتلال يقتل فلسطينيا)? Such tellings confuse the dead with their killers often enough that two of
    them in opposite directions are rather one attack read twice."""
    w = normalize(ev["trigger"]["text"]).split()
    w = w[0].lstrip("وف") if w else ""
    w = w[1:] if w[:1] in "بل" and len(w) > 4 else w
    return w.startswith(_HARM_WORDS) and not ev.get("_verb_act")


def _near_clash(ev) -> bool:
    """Is an attack told as (or right beside) a two-sided fight (مواجهات، اشتباكات، معارك: the trigger and some 40
    characters on either side)?"""
    a, b = ev["trigger"]["start"] - ev["start"], ev["trigger"]["end"] - ev["start"]
    return bool(_CLASH_WORDS.search(normalize(ev["sentence"][max(0, a - 40):b + 40])))


_LEAVE = {"مغادره", "بمغادره", "لمغادره", "مغادرتها", "بمغادرتها", "مغادرتهم"}
_THE_COUNTRY = {"البلاد", "البلد", "اراضيها", "اراضيه", "المملكه", "الدوله", "اراضي", "اقليمها"}
_ENVOYS = ("سفير", "السفير", "دبلوماسي", "الدبلوماسي", "القائم", "قائم", "دبلوماسيين", "الدبلوماسيين", "دبلوماسيا")


def _announced_carrying_out(toks, cs, ce, ts) -> bool:
    """Is the planning cue تنفيذ (tokens cs..ce) right before the attack at ts told after a verb of announcing and its
    subject ("أعلن سلاح الجو الإسرائيلي عن تنفيذ غارات"، "أعلنت القوات تنفيذ ضربات"): a launch announced, carried
    out, not planned (تنفيذ alone is a planning cue: تهديد بتنفيذ هجمات)?"""
    if ce != ts or toks[cs].norm != "تنفيذ":
        return False
    k = cs - 1 if cs > 0 and toks[cs - 1].norm == "عن" else cs
    return any(toks[j].norm.lstrip("وف") in _ANNOUNCE for j in range(max(0, k - 5), k - 1))


def _own_spokesman(ents, groups, actors, recips, te) -> bool:
    """Are all ``recips`` persons of the one country of ``actors`` (all of them states, or government or military
    bodies), none named after the trigger ending at token te (the refusal's own spokesman, not its target)?"""
    acts = [ents.get(a) or {} for a in actors]
    if not all(a.get("type") == "GPE" and str(a.get("kb_id") or "").startswith(("country:", "place:"))
               or a.get("type") in ("ORG", "NORP") and a.get("sector") in ("GOV", "MIL") for a in acts):
        return False
    home = {a.get("country") for a in acts} - {None}
    if len(home) != 1:
        return False
    return all((ents.get(r) or {}).get("type") == "PERSON" and (ents.get(r) or {}).get("country") in home
               and not any(r in g["ids"] and g["s"] >= te for g in groups) for r in recips)


def _announced_expulsion(toks, ts, text=None) -> bool:
    """Is the expulsion verb at ts a future one told after "أعلن / قرر ... أن(ها)" (أعلنت أنها ستطرد، قررت أنها
    ستطرد) or, in a headline, right after its author and a colon ("إستونيا: سنطرد دبلوماسيا روسيا")?"""
    w = toks[ts].norm.lstrip("و")
    if not w.startswith(("ستطرد", "سيطرد", "سنطرد", "ستبعد", "سيبعد")):
        return False
    if text is not None and ts > 0 and ":" in text[toks[ts - 1].end:toks[ts].start]:
        return True
    k = next((k for k in range(ts - 1, max(-1, ts - 3), -1) if toks[k].norm in _THAT), None)
    return k is not None and any(toks[j].norm.lstrip("وف").startswith(("اعلن", "قرر", "اكد")) for j in range(max(0, k - 8), k))


def _leave_country(toks, te) -> bool:
    """A demand to leave the country right after the request and its addressee (مغادرة البلاد، لمغادرة أراضيها)."""
    return any(toks[k].norm.lstrip("و") in _LEAVE and k + 1 < len(toks) and toks[k + 1].norm in _THE_COUNTRY
               for k in range(te, min(len(toks) - 1, te + 10)))


def _envoy_title(toks, groups, eid) -> bool:
    """Is party eid named with an envoy's title (السفير الكندي، القائم بالأعمال، دبلوماسيين روس)?"""
    return any(eid in g["ids"] and any(toks[k].norm.lstrip("وبلمن").startswith(_ENVOYS)
                                       for k in range(max(0, g["s"] - 1), g["e"])) for g in groups)


_COMPASS = {"شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي", "شمال شرق"}
# verbs of occurring or carrying out: negated with an attack noun as subject, the attack did not take place (لم يقع
# الهجوم، لم تتم الغارات)
_OCCUR_NEG = frozenset(("تقع", "يقع", "تحدث", "يحدث", "يتم", "تتم", "تشن", "يشن", "تنفذ", "ينفذ", "تسجل", "يسجل", "تطلق",
                        "يطلق", "تكن", "يكن", "تعد", "يعد"))


def _subject_of_negated(toks, ts) -> bool:
    """Is the definite attack noun at ts the subject of the one verb a negation right before it negates ("لم تلق
    الضربات الجوية ... إجماعا"، "لم تسفر الغارات عن قتلى": the strikes were made), not of a verb of occurring?"""
    w = toks[ts].norm.lstrip("وف")
    v = toks[ts - 1].norm
    return ts > 1 and w[:2] == "ال" and v[:1] in "يت" and len(v) >= 3 and v not in _OCCUR_NEG \
        and toks[ts - 2].norm.lstrip("وف") in ("لم", "لن", "لا")


# a clause telling what an attack caused (مما أسفر عن مقتل، ما أدى إلى إصابة، أوقع قتلى): its victims are the attack's
_RESULT_RE = re.compile(r"(?:^|\s)[وف]?(?:م?ما\s+)?(?:[أا]دى|[أا]دت|[أا]سفر|[أا]سفرت|[أا]وقع|[أا]وقعت|خلف|خلفت)(?:\s|$)")


def _result_victims(text, st, events) -> None:
    """"شنت طائرات التحالف غارات جوية على مناطق في الساحل الغربي، مما أسفر عن سقوط قتلى في صفوف ميليشيات الحوثي"،
    "أطلقت طائرات تابعة للحكومة الأفغانية صواريخ، مما أدى إلى مقتل 107 من المدنيين": an attack told with its author
    and no target, and the harm it caused told after it in a clause of result with the victims and no author, are one
    attack on those victims (the harm's reading is folded into it)."""
    here = [e for e in events if e["_sent"] == st.i and e["type"] == "ASSAULT" and not e["negated"]
            and not e["hypothetical"] and not e.get("_veto")]
    for a in here:
        if not a["actors"] or a["recipients"]:
            continue
        b = next((b for b in here if b is not a and b["recipients"] and not b["actors"]
                  and a["trigger"]["end"] <= b["trigger"]["start"] <= a["trigger"]["end"] + 160), None)
        if b is None:
            continue
        gap = text[a["trigger"]["end"]:b["trigger"]["start"]]
        if _RESULT_RE.search(gap) is None or any(c in gap for c in ".:؟?!"):
            continue
        a["recipients"] = [r for r in b["recipients"] if r not in a["actors"]]
        if a["recipients"]:
            a["_weak"] = False
            b["_veto"] = True


def _far_resumptive(text, toks, te) -> int | None:
    """"الهجوم الكيماوي الذي شهدته مدينة دوما مساء السبت، ونفذه النظام السوري": the index of a launching verb with the
    attack's pronoun joined by و to the relative clause right after the attack noun (an adjective between), else None."""
    r = next((k for k in range(te, min(len(toks), te + 2)) if toks[k].norm in ("الذي", "التي")), None)
    if r is None:
        return None
    for k in range(r + 2, min(len(toks), r + 16)):
        w = toks[k].norm
        if w[:1] == "و" and w[1:] in _LAUNCHED:
            return k if not _full_stop_between(text, toks, r, k) else None
        if w in _RELATIVES or w in ("ان", "انه", "انها", "لكن"):
            return None
    return None


_PLACE_NOUNS = word_set("place", "noun")
_PLACE_AT = word_set("place", "at")


def _place_demonyms(toks, ments):
    """The mentions less a nationality adjective of a place noun where something happens: "غارة جوية أمريكية بالقرب
    من الحدود العراقية"، "في الولاية الصحراوية"، "القريبة من الحدود العراقية والأردنية"، "في مدن إيرانية" tell where,
    and the state of the adjective is no party (a possessor of the place, not its actor or recipient). Kept after على،
    إلى، باتجاه، داخل and a verb ("غارات على الأراضي السورية"، "يتوغل داخل الأراضي العراقية": that state's land is
    struck or entered) and for a state's name ("أراضي المملكة المتحدة")."""
    out, drop_end = [], -1
    for m in ments:
        w = toks[m.s].norm
        bare = w[1:] if w[:1] == "و" else w
        adj = m.e - m.s == 1 and not m.co and m.kind in ("NORP", "GPE") and m.country and w.endswith("يه") \
            and (bare[2:] if bare.startswith("ال") else bare) in _parties_kb().demonyms  # (not محافظة اللاذقية)
        if adj and m.s == drop_end and w.startswith("و"):
            drop_end = m.e  # "الحدود العراقية والأردنية": the second adjective of the same place
            continue
        if adj and m.s >= 2:
            k = m.s - 1
            place = toks[k].norm
            pre = toks[k - 1].norm.lstrip("و")
            if place[:1] == "ب" and place[1:] in _PLACE_NOUNS or place in _PLACE_NOUNS and pre in _PLACE_AT \
                    or place.lstrip("و") in _PLACE_NOUNS and pre in _PLACE_AT:
                drop_end = m.e
                continue
        out.append(m)
    return out


_LANDS = frozenset(("الاراضي", "اراضي", "العمق", "المدن", "مدن", "الحدود", "المناطق"))  # (... السعودية: that state's)


_CONTRAST = frozenset(("فيما", "وفيما", "بينما", "وبينما"))  # (opening a clause of its own)
# verbs of a consequence that is no harm (مما دفع الأمم المتحدة لإجراء تحقيق، ما اضطر السكان إلى الفرار): their party is no
# target of the attack told before
_SEQUEL = frozenset(("دفع", "دفعت", "اضطر", "اضطرت", "جعل", "جعلت", "استدعي", "استدعت", "اثار", "اثارت", "اجبر", "اجبرت"))
# verbs of suffering losses (تكبدت الميليشيات خسائر، شهدت صفوفها خسائر، منيت بخسائر): their subject was attacked
_SUFFER_LOSS = frozenset(("تكبد", "تكبدت", "تكبدوا", "يتكبد", "تتكبد", "يتكبدون", "مني", "منيت", "منوا", "شهد", "شهدت"))
_SUFFER_LOSS_PLURAL = frozenset(("تكبدوا", "منيوا", "شهدوا", "تكبدا", "تكبدتا"))  # (after a plural or dual subject)
_SUFFER_LOSS_AFTER = _SUFFER_LOSS | _SUFFER_LOSS_PLURAL  # (after its subject: any number)
_LOSSES = frozenset(("خساير", "بخساير", "الخساير", "عشرات", "قتلي", "القتلي"))


def _suffered_losses(text, toks, groups, ts, actors) -> bool:
    """Is the party read as an attack's author (actors) the subject of a verb of suffering losses before the attack
    word in its clause ("تكبدت ميليشيات الحوثي خسائر ... من المعارك وغارات التحالف")?"""
    g = next((g for g in groups if g["ids"] == actors and g["e"] <= ts and g["prep"] is None), None)
    if g is None or _full_stop_between(text, toks, g["e"], ts):
        return False
    if g["e"] < ts and toks[g["e"]].norm in _SUFFER_LOSS_AFTER:
        # "أن ميليشيات الحوثي تكبدت خلال الساعات الماضية عشرات القتلى ... بقصف لطائرات التحالف": the subject before
        # its verb (a time phrase may stand between the verb and the losses; the attack's own harm noun counts)
        return any(toks[k].norm in _LOSSES for k in range(g["e"] + 1, min(ts + 1, g["e"] + 8)))
    if g["s"] == 0:
        return False
    v = toks[g["s"] - 1].norm.lstrip("وف")
    return v in _SUFFER_LOSS and any(toks[k].norm in _LOSSES for k in range(g["e"], min(ts, g["e"] + 4)))


# perfect verbs of harm whose subject may be the attack that did it (قتلت غارة، أصاب قصف، دمرت غارات)
_HARMED_BY_NOUN = frozenset(("قتلت", "قتل", "اصابت", "اصاب", "اوقعت", "اوقع", "جرحت", "جرح", "تقتل", "يقتل"))
# (a strike that aims at a party's site, استهدفت غارات تركية مواقع لقوات النظام، is read by _strike_sides)


# members or commanders of a party (قائدا عسكريا في ميليشيات الحوثي، عنصرين في التنظيم): the party after في is theirs
_RANKS = frozenset(normalize(w) for w in ("قائد", "القائد", "قيادي", "القيادي", "قياديين", "قيادات", "عنصر", "عنصر", "عناصر",
                                          "مقاتل", "مقاتلين", "مسلح", "مسلحين", "ضابط", "ضباط", "زعيم", "عضو", "أعضاء",
                                          "أمير", "أميرا"))  # (أمير في تنظيم داعش: an ISIS commander, s22coerce)


def _attack_subject(stage, text, toks, groups, ts, te):
    """(authors, victims) when an attack noun right after the verb of harm at ts is its subject and names its author
    after it (an owner after ل, a nationality adjective) and the object is a party after that: "قتلت غارة جوية للتحالف
    العربي الداعم للشرعية في اليمن قائدا عسكريا في ميليشيات الحوثي"، "استهدفت غارات إسرائيلية مواقع لحماس"; else None."""
    if te >= len(toks) or toks[te].norm.removeprefix("ال") not in _ATTACK_NOUNS:
        return None
    k = te + 1
    while k < len(toks) and k - te <= 3 and toks[k].norm in ("جويه", "جويه", "صاروخيه", "مدفعي", "مدفعيه", "انتحاري",
                                                             "انتحاريه", "جديده", "عنيفه", "بطايره", "مسيره"):
        k += 1
    own = next((g for g in groups if g["s"] in (k, k + 1) and (g["prep"] == "ل" or g["prep"] is None and all(
        stage._nationality(toks, x) for x in g["m"]))), None)
    if own is None or _full_stop_between(text, toks, te, own["s"]):
        return None
    ents = stage._dp.by_id
    vic = next((g for g in groups if g["s"] > own["e"] and g["s"] - own["e"] <= 10 and not set(g["ids"]) & set(own["ids"])
                and (g["prep"] is None or g["prep"] == "في" and (_member_of(toks, g["s"]) or any(
                    toks[j].norm.rstrip("ا") in _RANKS for j in range(own["e"], g["s"]))))
                and not all((ents.get(i) or {}).get("type") in ("GPE", "LOC") and g["prep"] == "في" for i in g["ids"])
                and not _strong_between(text, toks, own["e"], g["s"])), None)
    if vic is None:
        return None
    return list(own["ids"]), list(vic["ids"])


_ACT_NOUNS_AGAIN = word_set("reaction", "act_again")
_HAPPENED = frozenset(("حدث", "جري"))


def _anaphoric_act(text, toks, te):
    """The token where the object of a reaction verb ending at te names an act told before: a demonstrative and an act
    noun ("هذا الإعلان"، "بهذه الخطوة") or "ما حدث"/"ما جرى", within 12 words of the verb in its clause; else None."""
    for k in range(te, min(len(toks) - 1, te + 12)):
        w = toks[k].norm.lstrip("وفبل") if toks[k].norm[:1] in "وفبل" and len(toks[k].norm) > 3 else toks[k].norm
        nxt = toks[k + 1].norm
        if (w in _DEMONSTRATIVES and (nxt in _ACT_NOUNS_AGAIN or nxt.removeprefix("ال") in _ACT_NOUNS_AGAIN)
                or w == "ما" and nxt in _HAPPENED):
            return None if _full_stop_between(text, toks, te, k) else k  # (from the verb's own end: a verb
            # opening its sentence links too)
    return None


_REJECTED_ACT = word_set("reaction", "rejected_act")


def _rejected_act(text, toks, te) -> bool:
    """Does the object of the denial or refusal whose trigger ends at te name an act of another side (an accusation, a
    claim, an involvement, a proposal or demand: reaction/rejected_act; or an act named again by a demonstrative: "مثل
    هذا الإجراء"، "هذه المزاعم"), within eight words of the verb and its clause?"""
    if _anaphoric_act(text, toks, te) is not None:
        return True
    for k in range(te, min(len(toks), te + 8)):
        if _full_stop_between(text, toks, te, k):
            return False
        w = toks[k].norm
        if w in _REJECTED_ACT or w[:1] in "وبل" and w[1:] in _REJECTED_ACT or w[:1] == "ب" and w[1:] in _DEMONSTRATIVES \
                or w in _DEMONSTRATIVES and k + 1 < len(toks) and toks[k + 1].norm in _REJECTED_ACT:
            return True
    return False


_AIMED_PRONOUNS = word_set("aimed", "pronoun")  # (data/wordsets.tsv: له، ضده، إليه ...)
_LIGHT_SENDERS = word_set("aimed", "sender")  # (وجهت، أطلق، كال، جدد، صعد ...)
_AIMED_DESC = word_set("aimed", "described")  # (الموجهة)


def _aimed_at_pronoun(toks, ts, te) -> bool:
    """Is the accusation or threat noun at ts..te aimed at a pronoun right after it ("الانتقادات له"، "الاتهامات الموجهة
    إليه"), and not the object of a verb of sending before it ("وجهت موسكو انتقادات لها": the sender is named)?"""
    k = te + 1 if te < len(toks) and toks[te].norm in _AIMED_DESC else te
    if k >= len(toks) or toks[k].norm not in _AIMED_PRONOUNS or te - ts == 1 and _owned_noun(toks[ts].norm) \
            and not toks[ts].text.endswith("ة"):
        return False  # (an owner's pronoun on the noun names its author: "وجددت روسيا انتقاداتها له")
    return not any(toks[j].norm in _LIGHT_SENDERS or toks[j].norm[:1] in "وف" and toks[j].norm[1:] in _LIGHT_SENDERS
                   for j in range(max(0, ts - 4), ts))


def _exchanging_pair(text, toks, groups, xk, ts) -> list:
    """The two sides named as the subject of the verb of exchanging at xk before the exchanged noun at ts: the last party
    before ts and the one joined to it by و (or و and the second side's adjective: "الرئيسان الأمريكي دونالد ترامب
    والإيراني محمد حسن روحاني"، "رئيسا الحكومة الحالي سعد الحريري والسابق نجيب ميقاتي"), or one group of two."""
    subj = [g for g in groups if g["prep"] is None and xk < g["s"] and g["e"] <= ts]
    if not subj:
        return []
    if len(subj[-1]["ids"]) == 2:
        return list(subj[-1]["ids"])
    if len(subj) < 2 or len(subj[-1]["ids"]) != 1 or len(subj[-2]["ids"]) != 1 or subj[-1]["ids"] == subj[-2]["ids"]:
        return []
    if not re.fullmatch(r"\s*و(?:ال\S+\s+)?", text[toks[subj[-2]["e"] - 1].end:toks[subj[-1]["s"]].start]):
        return []
    return [subj[-2]["ids"][0], subj[-1]["ids"][0]]


def _ranked_in(toks, g) -> bool:
    """Is the group g, after في, the body a counted rank or member noun right before في belongs to ("مقتل أكثر من 50
    قياديا وعنصرا في حركة طالبان"، "قتل قائدا في ميليشيات الحوثي")? Not a place: "مقتل 12 مسلحا في سوريا"."""
    s = g["s"]
    if s < 2 or toks[s - 1].norm != "في" or any(x.kind in ("GPE", "LOC", "FAC") for x in g["m"]):
        return False
    w = toks[s - 2].norm.lstrip("و")  # (indefinite: "القيادي في مليشيات الحوثي، عبدالملك ...": one man of it, named)
    return not w.startswith("ال") and (w in _RANKS or w.rstrip("ا") in _RANKS or w.endswith("ين") and w[:-2] in _RANKS)


def _counted(toks, k) -> bool:
    """Is token k a count or a counted member noun (16 عنصرا، عشرات، ثلاثة، جنديين) before من and a party?"""
    w = toks[k].norm
    return w.isdigit() or w in _MEMBER_NOUNS or w.rstrip("ا") in _MEMBER_NOUNS or w in ("مسلحا", "مسلحين") \
        or w in _COUNT_WORDS or k > 0 and toks[k - 1].norm.isdigit()  # (counts: _COUNT_WORDS; members: _MEMBER_NOUNS)


# reciprocal verbs of fighting: their plural subject fought each other (تبادلت القوات الهندية والباكستانية إطلاق النار)
_RECIPROCAL = ("تبادل", "يتبادل", "تتبادل", "اشتبك", "يشتبك", "تشتبك", "تقاتل", "يتقاتل", "تتقاتل", "اقتتل", "يقتتل")


def _reciprocal(toks, ts) -> bool:
    """Is the attack word at ts a reciprocal verb of fighting, or the object of one up to six words before it?"""
    return any(toks[k].norm.lstrip("وف").startswith(_RECIPROCAL) for k in range(max(0, ts - 6), ts + 1))


# subjected to (an attack): "بلدة عفرين الخاضعة لقصف تركي كثيف"، "تخضع المدينة لقصف متواصل" (the town undergoes it)
_SUBJECTED = frozenset(("الخاضعه", "الخاضع", "خاضعه", "خاضع", "تخضع", "يخضع", "خضعت", "خضع"))
_REPEL = ("تصدت", "تصدي", "يتصدي", "تتصدي", "تصدوا", "يتصدون")  # (normalised ى → ي)
_FORCES_OWNED = {"قوات", "جنود", "طايرات", "مقاتلات", "عناصر", "وحدات", "دفاعات", "طيران", "مدفعيه", "دوريات",
                 "قواتنا"}  # (normalised; with ه / ها: _forces_owner)
_HARM_PEOPLE = ("قتل", "خطف", "اختطف", "اغتال", "ذبح")  # (a perfect after its subject may be a passive: "إثيوبيا خطفوا")
# _opens_clause's words: a complementizer or a conjunction of clauses before a phrase (أن، بأن، فيما، بينما), and the
# adverbs and conjunctions of _CLAUSE_OPENERS (قد، عندما، بعدما، إذ). The first set had the name _CLAUSE_OPENERS too and,
# defined earlier in the module, had been silently replaced by the second; both are read here now ("بأن ميليشيات الحوثي
# اقتحمت" as "بعدما قتلت القوات الإسرائيلية")
_PHRASE_OPENERS = word_set("clause", "phrase_opener", "opener")


def _announcer(toks, groups, k):
    """The party named right after a verb of announcing that ends at most two tokens before token k, with only a day or
    its fillers between ("أعلن الجيش الإسرائيلي، الاثنين، مقتل"، "أعلن أردوغان، الأحد، عن بدء"): its group, or None
    (_announced_kill, _announced_start)."""
    ag = next((g for g in groups if g["e"] <= k and k - g["e"] <= 2 and g["prep"] is None and g["s"] > 0
               and toks[g["s"] - 1].norm.lstrip("وف") in _ANNOUNCE), None)
    if ag is None or any(toks[j].norm not in _DAY_FILLERS and toks[j].norm not in _dates_words()
                         for j in range(ag["e"], k)):
        return None
    return ag


def _opens_clause(text, toks, s) -> bool:
    """Does the phrase at token s open a sentence or clause (not a noun's adjective: "ضربة جوية أميركية استهدفت")?"""
    return s == 0 or toks[s - 1].norm in _PHRASE_OPENERS or bool(_STRONG.search(text, toks[s - 1].end, toks[s].start))


def _attack_verb(w: str) -> bool:
    """A finite verb of physical attack in the perfect or imperfect (قصفت، تقصف، يقتلون، استهدفت، وهاجمت)."""
    return w in _PHYSICAL_VERBS or w[:1] in "وف" and w[1:] in _PHYSICAL_VERBS


def _counted_part(toks, g) -> bool:
    """Is group g a party some of whom a count before من names (قتل 26 من ميليشيات الحوثي، مقتل خمسة من الجنود)?"""
    s = g["s"]
    return g["prep"] == "من" and s > 1 and toks[s - 1].norm == "من" and (toks[s - 2].norm.isdigit()
                                                                       or toks[s - 2].norm in _CARDINALS)


_MEMBERS = {"اعضاء", "الاعضاء", "عضو", "العضو", "العضويه", "الدول", "دول", "قاده", "مسوولين", "مسوول", "ضابط", "ضباط",
            "نواب", "عناصر", "مقاتلين", "الصادر", "الصادره", "صادر", "صادره", "شركاء", "شركاءها", "شركاءه", "شركايها",
            "شركايه", "نظرايه", "نظرايها", "زملاءه", "زملايه",
            "الوسطاء", "وسطاء", "الوسيطين", "الوسيطان", "الوسيط"}  # (ودعت الحركة الوسطاء في مصر وقطر; دولا في حلف ...:
# _bloc_states, not a member head: "دولا في آسيا" names no party)


_CLAIM_OPENERS = word_set("claim", "opener")
_UNTRUE = word_set("claim", "untrue")
_TRUTH = word_set("claim", "truth")


def _claimed_false(text, toks, ts, te) -> bool:
    """"بأن المملكة احتجزت رئيس الوزراء اللبناني هو كلام غير صحيح"، "تصريحات الرئيس الفرنسي بخصوص احتجاز الحريري
    غير صحيحة"، "أنباء عن اعتقاله عارية عن الصحة": an act inside a reported claim (opened by أن/بأن/بخصوص/عن or a claim
    noun at most 8 words before it) that the same clause, with no comma or stop after the act, judges false (غير
    صحيح، عار عن الصحة، لا أساس له من الصحة) is no fact."""
    if not any(toks[k].norm.lstrip("و") in _CLAIM_OPENERS for k in range(max(0, ts - 8), ts)):
        return False
    last = len(toks)
    for k in range(te, min(len(toks), te + 24)):
        if k >= last:
            return False
        if _STRONG.search(text, toks[k - 1].end, toks[k].start) or re.search(r"[،,.؛]", text[toks[k - 1].end:toks[k].start]):
            if not toks[k].norm[:1] == "ب" or text[toks[k - 1].end:toks[k].start].count("،") + text[toks[k - 1].end:toks[k].start].count(",") != 1:
                return False
            last = k + 3  # "تصريحات ماكرون بخصوص احتجاز الحريري ...، بـ"الكلام غير صحيح"": what the claim is called
        w = toks[k].norm
        if w in ("وان", "وبان", "فيما", "بينما", "لكن", "ولكن", "حيث"):
            return False  # (a clause of its own: "اعتقلت الصحفي وإن الأنباء عن مقتله غير صحيحة")
        if w == "غير" and k + 1 < len(toks) and toks[k + 1].norm in _UNTRUE:
            return True
        if w in _TRUTH and k >= 2 and (toks[k - 1].norm in ("عن", "من") and toks[k - 2].norm.startswith("عار")
                                      or any(toks[j].norm == "اساس" for j in range(max(0, k - 4), k))):
            return True
    return False


_PERPETRATORS = word_set("coerce", "perpetrator")


def _perpetrators_genitive(toks, te, s) -> bool:
    """Does a perpetrator noun (قاتلي، منفذ، مرتكبي) stand after te and at most two nouns before token s, with no
    preposition or comma between, so that the party at s is in its genitive chain (the victim of the crime)?"""
    for k in range(max(te, s - 3), s):
        w = toks[k].norm.lstrip("و").removeprefix("ال")
        if w in _PERPETRATORS and all(toks[j].norm not in _PREPS_PLAIN and toks[j].norm[:1] not in "بل"
                                       for j in range(k + 1, s)):
            return True
    return False


_PREPS_PLAIN = word_set("coerce", "perpetrator_break")  # (data/wordsets.tsv)


_VETO_HAVING = word_set("veto", "having")
_AWARDS = word_set("aid", "award")
_AID_WITHHELD = word_set("aid", "withheld")
_ASSISTANT_OWNED = frozenset(w for s_, form, words, *_ in read_rows("wordsets.tsv") if (s_, form) == ("aid", "assistant_owned")
                             for w in words.split("|"))  # (as written: normalising folds ة into ه)


def _veto_held(toks, ts) -> bool:
    """Is the veto word at ts (الفيتو، النقض) the power a party holds ("تتمتع بحق النقض (الفيتو)"، "تملك حق الفيتو"،
    "الأعضاء الدائمين حق النقض"): حق right before it or before النقض, and a word of holding right before حق?"""
    w = toks[ts].norm.lstrip("و")
    if w not in ("الفيتو", "فيتو", "النقض", "نقض"):
        return False
    for k in range(max(0, ts - 3), ts):
        if toks[k].norm.lstrip("و") in ("حق", "بحق", "لحق"):
            # (the holder may stand between: "وتملك الولايات المتحدة حق النقض")
            return any(toks[j].norm.lstrip("و") in _VETO_HAVING for j in range(max(0, k - 4), k))
    return False


def _placed_noun_at(toks, k) -> bool:
    """Is token k a capital or city noun told as where (بالعاصمة، بمدينة، في العاصمة، في مدينة)?"""
    w = toks[k].norm
    if w[:1] == "و" and len(w) > 4:
        w = w[1:]
    if w[:1] == "ب" and len(w) > 4 and any(r in ("عاصمه", "مدينه") for r in readings(w[1:])):
        return True
    return k > 0 and toks[k - 1].norm.lstrip("و") == "في" and any(
        r in ("عاصمه", "مدينه") for r in readings(w))


def _member_of(toks, s) -> bool:
    """"أعضاء في مجلس النواب", "البيان الصادر عن المفوضة": the party after في/عن names who is meant (a member, an
    author), not a place or topic."""
    # (a count between: "شركاءها الـ14 في مجلس الأمن")
    return s >= 2 and toks[s - 2].norm.lstrip("و") in _MEMBERS or s >= 3 and toks[s - 3].norm.lstrip("و") in _MEMBERS \
        and any(c.isdigit() for c in toks[s - 2].norm)


# verbs of urging whose object follows them (حث X على، ناشد X أن): normalised, without و / ف
# (only the verbs whose object cannot be left out: "وهددت تركيا بمهاجمة"، "دعت روسيا إلى": the party after دعا، طالب،
# هدد before its complement is their subject)
_URGE_VERBS = frozenset(("حث", "حثت", "حثوا", "ناشد", "ناشدت", "ناشدوا"))
_URGE_PARTS = word_set("appeal", "urge_part")  # (حاثا، حاضة: first-form participles of urging)
_STATED_NOUN_TYPES = frozenset(("SUPPORT", "REJECT", "ACCUSE", "REQUEST", "AGREE", "THREATEN", "CONCEDE"))


def _owned_noun(word: str) -> bool:
    """A noun with a pronoun of its owner as written (دعمه، رفضها، ترحيبهم، تضامننا; not the ة of إدانة)?"""
    return word.endswith(("ه", "ها", "هم", "هما", "نا")) and len(word) > 4


_SOURCE_HEADS = word_set("press", "source")


def _source_nationality(toks, s) -> bool:
    """Does a nationality adjective at token s describe a medium or a source that reports (وسائل إعلام سورية، مصادر
    أمنية عراقية، صحيفة إسرائيلية: the noun right before it, or before one adjective of its own in -ية/-ي), told as
    the reporter: after a verb of reporting (أفادت وسائل إعلام سورية), as a source (وفقا لوسائل الإعلام الإسبانية) or
    before a verb of reporting? Not a medium an act is done to: "اقتحمت قوات الأمن مقر صحيفة تركية"."""
    def head(w, clitics="و"):  # (وسائل، وكالة: a و of the root is no clitic)
        return w in _SOURCE_HEADS or w[:1] in clitics and w[1:] in _SOURCE_HEADS

    if s > 0 and head(toks[s - 1].norm):
        h = s - 1
    elif s > 1 and toks[s - 1].norm.endswith(("يه", "ي")) and head(toks[s - 2].norm):
        h = s - 2
    else:
        return False
    while h > 0 and head(toks[h - 1].norm, "وفل"):
        h -= 1  # (وسائل إعلام، وكالة أنباء: the medium's head nouns)
    return h > 0 and toks[h - 1].norm.lstrip("وف") in _REPORT_VERBS or _sourced(toks, s) or _sourced(toks, h) \
        or s + 1 < len(toks) and toks[s + 1].norm.lstrip("وف") in _REPORT_VERBS


def _sourced(toks, s) -> bool:
    """Is the group at token s introduced as the source of a report (حسب X، وفقا لـX، نقلا عن X، على حد قول X)?
    (tails.sourced, with the report verbs of this module)"""
    return _tails.sourced(toks, s, _REPORT_VERBS)


_REPORT_VERBS = {"اعلنت", "اعلن", "ذكرت", "ذكر", "افادت", "افاد", "قالت", "قال", "اوردت", "اورد", "نقلت", "نقل", "اكدت",
                 "اكد", "اوضحت", "اوضح", "اشارت", "اشار", "نشرت", "نشر", "بثت", "بث", "اعلنته", "ذكرته", "اوردته",
                 "نشرته", "نقلته", "بثته", "اوردتها", "نشرتها", "نقلتها"}  # (وفقا لما نشرته وكالة الأنباء الإيرانية)


_VERBAL_ATTACK = {"حادا", "حاده", "حاد", "لاذعا", "لاذع", "لاذعه", "كلاميا", "اعلاميا", "ناريا", "قاسيا", "شرسا"}
_BACKGROUND_PREPS = {"بعد", "اثر", "عقب", "منذ", "قبل", "اعقاب", "وبعد", "واثر", "وعقب", "ومنذ", "وقبل"}
# "ووجهت الولايات المتحدة وبريطانيا وفرنسا ضربات مشتركة ضد مواقع سورية": aiming strikes at a target launches them
# (the past only: توجه، يوجه are also "heads for"; written whole, since و is the root's first letter)
_AIMED_STRIKE = {"وجه", "وجهت", "وجهوا", "وجها", "وجهتا", "ووجه", "ووجهت", "ووجهوا", "فوجه", "فوجهت"}
_LAUNCH_VERBS = word_set("launch", "verb")
_LIGHT_MASDAR = {"عقد", "انعقاد", "اجراء", "تنظيم", "فرض", "شن", "تقديم", "توجيه", "اصدار"}
# a proposal or offer whose ب-complement is the act offered (عرض ترامب بإجراء محادثات، اقتراحه بعقد قمة): not held
_OFFER_NOUNS = frozenset(normalize(w) for w in ("عرض", "العرض", "عرضه", "عرضها", "عرضا", "عروض", "اقتراح", "الاقتراح",
                                                "اقتراحه", "اقتراحها", "اقتراحا"))
# verbs of failing (فشل في، أخفقت في): the act after their في did not happen
_FAIL_VERBS = frozenset(normalize(w) for w in (
    "فشل", "فشلت", "فشلا", "فشلتا", "فشلوا", "يفشل", "تفشل", "يفشلان", "تفشلان", "يفشلون", "أخفق", "أخفقت", "أخفقا",
    "أخفقتا", "أخفقوا", "يخفق", "تخفق", "يخفقان", "تخفقان", "يخفقون"))
_DELEGATES = {"زعماء", "قاده", "وزراء", "روساء", "رووساء", "ممثلو", "ممثلي", "اعضاء", "دول", "حكومات", "سفراء", "خارجيه",
            "دفاع", "مندوبو", "مندوبي", "مسوولو", "مساعدو", "مستشارو", "قياديو"}
_CO_HEADS = _DELEGATES | {"وزيرا", "وزيري", "رييسا", "رييسي", "زعيما", "زعيمي", "ممثلا", "مندوبا", "داخليه",
                          "كل", "حكومتا", "حكومتي", "برلمانات", "برلمانا", "جيوش", "جيشا", "قوات"}


def _co_head(w: str) -> bool:
    return w in _CO_HEADS or w[:1] == "و" and w[1:] in _CO_HEADS


_STATEMENT_NOUNS = ("بيان", "بلاغ", "رساله", "كلمه", "خطاب", "تصريح", "مذكره", "قرار", "وثيقه", "اعلان", "شكوي", "مقابله",
                    "تغريده", "مقال", "تقرير", "دعوي")


def _statement_noun(w: str) -> bool:
    """A statement, complaint or interview noun, bare or with و / ب / ل (بشكوى، ومقابلة، لبيان)."""
    w = w[1:] if w[:1] == "و" and len(w) > 4 else w
    return w.startswith(_STATEMENT_NOUNS) or w[:1] in "بل" and w[1:].startswith(_STATEMENT_NOUNS)
_SUPPORT_VERBS = {"قدم", "قدمت", "يقدم", "تقدم", "اصدر", "اصدرت", "يصدر", "تصدر", "ابدي", "ابدت", "اعرب", "اعربت",
                  "عبر", "عبرت", "اعلن", "اعلنت", "وجه", "وجهت", "منح", "منحت"}
_MOTION = {"وصل", "وصلت", "وصلوا", "يصل", "تصل", "يصلون", "توجه", "توجهت", "يتوجه", "تتوجه", "زار", "زارت", "يزور",
           "تزور", "زياره", "جوله", "عبر", "عبروا", "سافر", "سافرت", "يسافر", "تسافر", "حط", "حطت", "قدم", "قدمت",
           "انتقل", "انتقلت", "ذهب", "ذهبت", "التقي"}
_AIM_VERBS = ("استهدف", "يستهدف", "تستهدف", "استهدفت")
_STRIKE_NOUNS = {"غاره", "غارات", "الغاره", "الغارات", "قصف", "القصف", "ضربه", "ضربات", "الضربه", "الضربات"}
_STRIKE_ADJ = ("جوي", "صاروخي", "مدفعي", "جديد", "عنيف", "مكثف")
# sites a strike hits, right after its verb (قصف مطار التيفور، استهدفت قاعدة)
_STRUCK_SITES = word_set("strike", "site")
_TIME_ADVERBS = word_set("strike", "time_adverb")
_SITE_WORDS = {"نقطه", "نقاط", "مستودع", "مستودعات", "منشاه", "مخزن", "مراقبه", "مطار", "قافله", "سياره", "موقعا",
               "مواقعا", "اهدافا", "هدفا", "عسكريه", "عسكري", "عده", "اخري"}
_TOLL_HEADS = word_set("toll", "head")  # (read without ال: ضحايا الاحتجاجات; data/wordsets.tsv)
_VICTIM_STEMS = ("مدني", "شخص", "اشخاص", "ضحايا", "ضحيه", "مواطن", "اطفال", "طفل", "نساء", "امراه", "قتلي", "جرحي",
                 "مصاب", "صحفي", "صحفيين", "مسعف")  # (normalised: a toll's counted people)
_STATE_ROLES = ("President", "Minister", "King", "Chancellor", "Crown Prince", "Emir", "Governor", "Ambassador",
                "Spokesperson", "Sultan", "Mayor", "Premier")
_SEAT_NOUNS = {"مكتب", "مقر", "مبني", "سفاره", "قنصليه", "بوابه", "مقار", "مباني", "ديوان", "قصر"}  # (أمام مقر X)
_SEATS = {"مبني", "مقر", "امام", "ديوان", "قصر", "مكتب", "مباني", "مقار", "سراي", "مجلس"}  # the seat of a body protested at
_CROWD_COUNTS = {"الالاف", "الاف", "ميات", "الميات", "عشرات", "العشرات", "مليون", "ملايين", "الملايين", "حشود",
                 "الحشود", "المءات"}  # a bare count as the subject of a protest verb (تظاهر الآلاف)
_WEEKDAY = re.compile(r"السبت|الأحد|الاحد|الإثنين|الاثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة")
_PURPOSE_WORDS = ("احتجاجا", "للاحتجاج", "تنديدا", "للتنديد", "رفضا", "استنكارا")  # a protest's purpose (its object follows)
_CROWD_SIZE = {"كبير", "كبيره", "غفير", "غفيره", "ضخم", "ضخمه", "كثيف", "كبيرا"}  # عدد كبير من، أعداد غفيرة من
_FOLLOWERS = {"انصار", "مناصري", "مويدي", "اتباع", "انصاره", "انصارها"}  # the crowd of a party's supporters: "الآلاف من أنصار الحزب"
_GATHER = ("احتشد", "حتشد", "يحتشد", "تحتشد", "تجمع", "يتجمع", "تتجمع", "تجمهر", "يتجمهر")  # gather: a protest only with a stated aim
_OCCUR_TRANSITIVE = ("نظم", "ينظم", "تنظم", "اقام", "اقيم", "يقيم", "تقيم", "نفذ", "ينفذ", "تنفذ", "شارك", "يشارك", "تشارك",
                     "شهد", "يشهد", "تشهد")  # (their subject is whoever organises or sees the protest, not the protest)
_DAY_FILLERS = {"اليوم", "امس", "مجددا", "مساء", "صباح", "ليل", "ليله", "ايضا"}
_DETAINED = word_set("detain", "person")  # (data/wordsets.tsv)
_RAIDED = word_set("detain", "place")
_FACE_VERBS = {"يواجه", "تواجه", "يواجهون", "يواجهان", "تواجهان", "يواجهن", "سيواجه", "ستواجه", "سيواجهون"}
_SPOKEN_NOUNS = word_set("condemn", "spoken_noun")  # (data/wordsets.tsv)
_AGENT0_PRONS = word_set("condemn", "agent0_pron")  # (به، عليها after قامت، أدلى، أقدمت: _doer_clause)
_NEWS_NOUNS = {"انباء", "نبا", "خبر", "اخبار", "تقارير", "تقرير"}  # (بأنباء إطلاق سراح: news of an act)
_PASSIVE_RELEASE = {"افرج", "وافرج", "يفرج", "ويفرج", "اطلق سراح"}  # (أُفرج عن: the perfect opening its clause, read as passive)
_OFF_PRONOUN = {"عنه": "ه", "عنها": "ها", "عنهم": "هم", "عنهما": "هما"}  # (أفرجت عنه: the one released)
_ON_PRONOUN = {"عليه": "ه", "عليها": "ها", "عليهم": "هم", "عليهما": "هما"}  # (حكم عليها: the one sentenced)
_CROWD_WORDS = {"العرب", "الاكراد", "الشباب", "الطلاب", "العمال", "المواطنون", "المواطنين", "الالاف", "الميات",
                "المحتجون", "المتظاهرون", "السكان", "الاهالي", "المعلمون", "الاطباء", "الموظفون"}  # (normalised)
_CONTINUE = _CONTINUED | word_set("continue", "dual")  # (verbs of continuing an act, and their duals)


def _launched_on(text, toks, groups, ts, te, actors) -> bool:
    """"الطيران الإسرائيلي يشن غارات على مواقع عسكرية في غزة"، "شنت مقاتلات التحالف الأحد غارات جوية على": a verb of
    launching before the attack noun (eight words at most, one clause) with the authors' group right before or after
    it, and the target phrase (على، ضد) right after the noun: the attack is launched, whatever marked its authors."""
    lv = next((k for k in range(ts - 1, max(-1, ts - 9), -1) if toks[k].norm.lstrip("وف") in _LAUNCH_VERBS
               or _strikes.launching_noun_b(toks[k].norm)), None)  # (s24attack: "ردت إسرائيل بشن ضربات ضد")
    if lv is None or _full_stop_between(text, toks, lv, ts) or _STRONG.search(text, toks[lv].end, toks[ts].start):
        return False
    if not any(set(g["ids"]) & set(actors) and g["prep"] is None and lv - 4 <= g["s"] and g["e"] <= ts for g in groups):
        return False
    return any(toks[k].norm in ("علي", "ضد") for k in range(te, min(len(toks), te + 2))) \
        and not _STRONG.search(text, toks[te - 1].end, toks[min(len(toks) - 1, te + 1)].start)


def _occurrence_opens(text, toks, k) -> bool:
    """Does the occurrence verb at k before a protest noun (_crowd_of_occurrence: اندلعت، استمرت، تواصلت، خرجت) open
    its clause: the sentence's first word, a verb with و / ف glued on, or one after a comma or colon; not after a relative
    pronoun, أن or a modal (التي اندلعت الاحتجاجات بسببها، من المفترض أن تنطلق)، nor a future (ستتواصل)."""
    w = toks[k].norm
    if w.lstrip("وف")[:1] == "س":
        return False
    if w[:1] in "وف" and k > 0 and toks[k - 1].norm not in _RELATIVES | {"ان", "لن", "لم", "قد"}:
        return True
    return k == 0 or bool(re.search(r"[،,:]\s*$", text[toks[k - 1].end:toks[k].start]))


_PROTEST_NOUNS = ("احتجاج", "الاحتجاج", "مظاهر", "المظاهر", "تظاهر", "التظاهر", "مسير", "المسير", "اعتصام", "الاعتصام")
_FACING = {"يواجه", "تواجه", "يواجهون", "يواجهان", "قد", "عقوبه", "عقوبتها", "عقوبته", "يعاقب", "تصل"}  # the sentence a charge
# carries (قد يواجه السجن 10 سنوات) is no sentence passed
_UNDERGONE = {"ASSAULT", "COERCE", "THREATEN", "ACCUSE", "SANCTION"}  # acts one undergoes (تعرض لـ)
_PURPOSE_OPENERS = {"لاستيناف", "لتسهيل", "للتمهيد", "لتمهيد", "للتحضير", "لتحضير", "لتحريك", "لاحياء"}
# (a verbal noun of purpose before an act noun: the act is an aim, لاستئناف المحادثات، للتحضير للقمة; not "وصل
# لإجراء محادثات", which tells of talks held)
_STATES_REF = re.compile(r"(?:هذه|هذه)\s+(?:الدول|البلدان)|(?:الدول|البلدان)\s+(?:الثلاث|الأربع|الاربع|الخمس|الست|السبع)")
_ORDINAL_COUNT = {"الثلاث": 3, "الثلاثه": 3, "الاربع": 4, "الاربعه": 4, "الخمس": 5, "الخمسه": 5, "الست": 6, "السته": 6,
                  "السبع": 7, "السبعه": 7}  # (الدول الثلاث: the three states)
_NO_SUBJECT_NEXT = {"ان", "انه", "انها", "انهم", "بان", "بانه", "قايلا", "قايله", "بالقول", "في", "خلال", "له", "لها",
                    "ايضا", "كذلك", "لوكاله", "للصحفيين"}  # (after a verb of saying that has no subject of its own)
_CLAUSE_OPENERS = word_set("clause", "opener")
_PLURAL_QUANT = {"كل", "جميع", "بعض", "هذه", "تلك", "مختلف", "ساير", "كافه", "باقي", "بقيه", "معظم", "اغلب", "عدد",
                 "هولاء", "اوليك", "احد", "اي"}  # (before a plural, or one of many: not the two sides)
_MET_DEATH = {"لقي", "لقيت", "لقوا", "لقيا", "لقين"}


def _harmed(text, toks, groups, ts, cut):
    """The one party named right after a verb of suffering harm before the attack noun at ts ("قتل ثلاثة مدنيين
    جراء غارة"، "أصيب جنديان بانفجار"، "لقي خمسة جنود مصرعهم في قصف"): who suffered, or None. Not when a second
    party stands between (then the verb is active: "قتل الجيش خمسة مسلحين في غارة")."""
    cands = [g for g in groups if (g["prep"] is None or _counted_part(toks, g)) and g["e"] <= ts and g["s"] >= max(cut, 1)]
    for g in cands:
        k = g["s"] - 1
        if g["prep"] is not None:
            k -= 1  # "قتل 26 من ميليشيات الحوثي في غارات": the count before من
        while k > 0 and g["s"] - k <= 2 and (toks[k].norm.isdigit() or toks[k].norm in _dates_words()
                                             or toks[k].norm in _NUMBER_WORDS or toks[k].norm in QUANT):
            k -= 1  # "قتل أمس خمسة جنود"
        w = toks[k].norm.lstrip("وف")
        if k > 0 and k == g["s"] - 1 and toks[k].norm.startswith("ال") and len(toks[k].norm) > 4 \
                and toks[k - 1].norm.lstrip("وف") in _HARM_PASSIVE and not any(h["s"] <= k < h["e"] for h in groups):
            k -= 1  # "وأصيب الشاب محمد برصاص": a describing noun before the name
            w = toks[k].norm.lstrip("وف")
        if w in _HARM_PASSIVE or w in _MET_DEATH:
            # (one party: "الصحفي الفلسطيني ياسر مرتجى" is one person told twice, the name right after the title)
            chain = g["e"]
            for h in sorted(cands, key=lambda x: x["s"]):
                if h["s"] == chain:
                    chain = h["e"]
            if any(h is not g and h["s"] > k and not g["e"] <= h["s"] < chain for h in cands) \
                    or _full_stop_between(text, toks, g["e"], ts):
                return None
            return dict(g, verb=k)
    return None


# cardinal number words (a count before a noun: ثلاثة جنود، عشرين شخصا)
_CARDINALS = {"اثنان", "اثنين", "اثني", "احد", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع",
              "سبعه", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره", "عشرين", "ثلاثين", "اربعين", "خمسين", "ميه"}
_NUMBER_WORDS = _CARDINALS | {"اثنا", "مايه", "نحو", "قرابه", "حوالي", "اكثر", "اقل", "من"}  # (with approximations)


_MET = ("التقي", "التقت", "التقو", "التقا", "يلتقي", "تلتقي", "لقاء", "اللقاء", "اجتماع", "الاجتماع", "اجتمع", "استقبل",
        "استقبال", "زار", "زياره", "يزور", "تزور", "قمه", "القمه")


def _consult_kind(ev) -> str | None:
    """"phone" for a call, "met" for talks in person (a meeting, a visit, a reception, a summit), else None."""
    if ev.get("mode") == "phone":
        return "phone"
    if ev.get("mode") == "visit":
        return "met"
    w = normalize((ev.get("trigger") or {}).get("text") or "").split()
    w = w[0].lstrip("وف") if w else ""
    return "met" if w.startswith(_MET) else None


# passive participles of giving and imposing whose من / من قبل phrase names the giver (مساعدات مقدمة من السعودية)
_GIVEN = {"مقدمه", "المقدمه", "ممنوحه", "الممنوحه", "مرسله", "المرسله", "مفروضه", "المفروضه", "موجهه", "الموجهه",
          "مقدم", "المقدم", "ممنوح", "الممنوح", "مرسل", "المرسل", "مفروض", "المفروض", "موجه", "الموجه"}
_GIVEN_TYPES = ("AID", "SANCTION", "REQUEST", "ACCUSE", "THREATEN", "SUPPORT")


_DOER_ONE = word_set("doer", "resumed")
_DOER_VERB = word_set("doer", "verb")
_DOER_PRON = word_set("doer", "pronoun")


def _doer_rel(text, toks, te, groups=()):
    """The index where the doer's name begins in a relative clause right after an act noun (its adjectives between)
    whose light verb of doing carries the noun's pronoun ("التي أجراها"، "الذي يقوده"، "التي تقوم بها"), or None. Not
    when a party stands between the noun and the relative pronoun: the clause then describes that party ("غارات
    التحالف العربي الذي تقوده السعودية": the coalition is led, the raids are its own)."""
    for k in range(te, min(len(toks) - 2, te + 3)):
        if any(te <= g["s"] < k for g in groups):
            return None
        if _STRONG.search(text, toks[k - 1].end if k > 0 else toks[k].start, toks[k].start) and k > te:
            return None
        if toks[k].norm not in ("الذي", "التي", "الذين"):
            continue
        v = toks[k + 1].norm
        if v in _DOER_ONE:
            return k + 2
        if v in _DOER_VERB and k + 2 < len(toks) and toks[k + 2].norm in _DOER_PRON:
            return k + 3
        return None
    return None


def _indefinite_relative(toks, k, te) -> bool:
    """Does a relative clause without a pronoun open at token k: a conjugated verb (of the trigger lexicon) right after an
    indefinite noun that is not the trigger ("جندي أدين بقتل فلسطيني")?"""
    if k - 1 < te or k <= 0:
        return False
    v, n = toks[k].norm, toks[k - 1].norm
    return v in VERB_FORMS and len(v) > 2 and not n.startswith(("ال", "وال")) and n not in VERB_FORMS \
        and n[:1] not in "0123456789" and n not in _RELATIVES and len(n) > 2


def _inner_doer_verb(v: str) -> bool:
    """Is v (the verb right after a relative pronoun) a light verb of doing, giving or launching whose clause names the
    act noun's author or target (أجراها، قام، فرضتها، شنتها، ارتكبها، أصدره)?"""
    v = v.lstrip("و")
    return v in _DOER_ONE or v in _DOER_VERB or v in _GIVE_REL or v in _LAUNCHED or v in _DEALT \
        or any(v.startswith(x) for x in _GIVE_BASE)


_GIVE_BASE = word_set("relclause", "give")
_REL_OBJ_PRONS = word_set("relclause", "resumptive")  # بها، عليه: the prepositional pronoun after a relative verb


def _doer_rel_past(toks, te) -> bool:
    """Is the light verb of the relative clause _doer_rel found after the act noun a perfect (أجراها، قام بها)?"""
    for k in range(te, min(len(toks) - 1, te + 3)):
        if toks[k].norm in ("الذي", "التي", "الذين"):
            return toks[k + 1].norm[:1] not in "يت"
    return False


def _given_by(text, toks, groups, te):
    """The group a passive participle of giving right after an event noun and its adjectives names as the giver
    (مساعدات إنسانية عاجلة مقدمة من #السعودية، دعوة موجهة من قبل الرئيس), or None."""
    for k in range(te, min(len(toks), te + 4)):
        if toks[k].norm in _GIVEN:
            j = k + 1
            if j < len(toks) and toks[j].norm == "من":
                j += 1
                if j < len(toks) and toks[j].norm == "قبل":
                    j += 1
            else:
                return None
            if _STRONG.search(text, toks[k].end, toks[j - 1].start):
                return None
            return next((g for g in groups if j <= g["s"] <= j + 1 and not _full_stop_between(text, toks, k, g["s"])), None)
        if _STRONG.search(text, toks[k - 1].end if k > 0 else toks[k].start, toks[k].start):
            return None
    return None


def _dates_words():
    return ("امس", "اليوم", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت")


def _civilians(g, dp) -> bool:
    return all((dp.by_id.get(i) or {}).get("sector") in ("CVL", "MED") and (dp.by_id.get(i) or {}).get("type") != "PERSON"
               for i in g["ids"])


def _official(g, dp) -> bool:
    """A group of state officials or forces (they police protests; they do not stage them)."""
    return all((dp.by_id.get(i) or {}).get("sector") in ("GOV", "MIL", "COP", "JUD") or i in dp.office_ids
               for i in g["ids"])


_UPHELD = re.compile(r"^[وف]?(?:ايد|يويد|تويد|تاييد|بتاييد)")   # (normalised: أيد، أيدت، يؤيد، تأييد)


def _impossible_author(ev, dp) -> bool:
    """Actors that cannot have done the act: only news organisations (a source, never the author of the act it
    reports: an actor reached through a dateline "(CNN)— قال ... إنه" or a speaker "وأشار" after "ونقلت وكالة
    الأنباء"), or only courts holding talks (شرعت محكمة العدل الدولية في بحث الخلاف: a court examines a case)."""
    acts = ev["actors"]
    if ev["type"] == "SUPPORT" and acts and all((dp.by_id.get(a) or {}).get("sector") == "JUD" for a in acts) and \
            _UPHELD.match(normalize(ev["trigger"]["text"])):
        return True  # "أيدت محكمة طوكيو الجزئية القرار الذي اتخذته الحكومة": a court upholds a ruling or a decision, it
        # backs no party (the act judged is the one the decision tells)
    return bool(acts) and (_media_only({"ids": acts}, dp) and not ev.get("_media_subject") or ev["type"] == "CONSULT" and all(
        (dp.by_id.get(a) or {}).get("sector") == "JUD" for a in acts) and ev["mode"] != "phone" and not any(
        (dp.by_id.get(r) or {}).get("type") == "PERSON" for r in ev["recipients"]))
    # (but a prosecutor's call, or his talks with a named counterpart, are talks: "مكالمة هاتفية بين النائب العام
    # المصري ... ونظيره الإيطالي جوزيبي بينياتوني")


# place kinds of the entity knowledge base (kb/places*.jsonl "kind") that name a bounded piece of land or water with
# no government of its own to act or be dealt with: a city, a province, a sea, a valley. A state's capital or seat of
# government (countries*.jsonl capital_ar, metonyms_ar) stands for the state and is no such place; nor are lands with
# a government of their own (state, republic, nation, region such as إقليم كردستان) or a continent (أوروبا: its states).
_FEATURE_KINDS = frozenset(("city", "town", "governorate", "province", "district", "neighbourhood", "camp", "port",
                            "island", "oblast", "krai", "base", "area", "disputed_area", "airport", "border", "bridge",
                            "canal", "crossing", "facility", "gulf", "harbour", "lake", "mountain", "ocean", "river",
                            "sea", "site", "square", "strait"))
# acts whose target may be a place itself: a city shelled or besieged, aid sent to an island
_PLACE_TARGETS = frozenset(("ASSAULT", "COERCE", "AID"))


@lru_cache(maxsize=1)
def _seat_names() -> frozenset:
    """The normalised Arabic names of the states' capitals and seats of government (countries*.jsonl capital_ar,
    metonyms_ar)."""
    import json

    from ..entities.kb import data_files
    seats = set()
    for path in data_files()["countries"]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    o = json.loads(line)
                    seats.update(normalize(x) for x in (o.get("capital_ar") or []) + (o.get("metonyms_ar") or []))
    return frozenset(seats)


@lru_cache(maxsize=1)
def _feature_places() -> frozenset:
    """KB ids (``place:...``) of the places of a _FEATURE_KINDS kind that are no state's capital or seat."""
    import json

    from ..entities.kb import data_files
    seats = _seat_names()
    out = set()
    for path in data_files()["places"]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                o = json.loads(line)
                if (o.get("kind") in _FEATURE_KINDS or o.get("kind") == "region" and o.get("type") == "LOC") \
                        and o.get("name") and not any(normalize(x) in seats for x in o.get("ar") or []):
                    out.add("place:" + str(o.get("id") or o["name"].lower()))
    return frozenset(out)


@lru_cache(maxsize=1)
def _seat_places() -> frozenset:
    """KB ids (``place:...``) of the places that are a state's capital or seat of government (countries*.jsonl
    capital_ar, metonyms_ar): دمشق، موسكو، البيت الأبيض stand for their state."""
    import json

    from ..entities.kb import data_files
    seats = _seat_names()
    out = set()
    for path in data_files()["places"]:
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.strip() and (o := json.loads(line)).get("name") \
                        and any(normalize(x) in seats for x in o.get("ar") or []):
                    out.add("place:" + str(o.get("id") or o["name"].lower()))
    return frozenset(out)


# the word before a place that makes it a party: its states (دول الخليج، دول البلطيق), its people (سكان محافظة
# البصرة، أهالي الموصل، قبائل صعدة، أبناء الحديدة: they act, the place names them) or its own local government (نيابة
# إسطنبول، بلدية الموصل، مجلس محافظة البصرة، محافظ نينوى: the place stands for it)
_OWNED_BY_PLACE = re.compile(r"(?:^|\s)[وفبل]?(?:ال|لل)?(?:دول|بلدان|دولتي|دولتا|سكان|اهالي|أهالي|اهل|أهل|ابناء|أبناء"
                             r"|قبائل|قبيلة|عشائر|عشيرة|مواطني|مواطنو|شعب|نيابة|بلدية|مجلس|سلطات|محافظ|حاكم"
                             r"|عمدة|إدارة|ادارة|حكومة|محكمة)\s+(?:محافظ(?:ة|ات|تي)|مدين(?:ة|تي)|منطقة|ولاية"
                             r"|إقليم|اقليم)?\s*$")


def _feature(eid, ev, dp) -> bool:
    """Is the party a place that cannot act: a KB city, province, region, sea ... (no capital), or a land feature the
    KB does not know (LOC) but a continent? Not when the event's sentence names its states or its people by it (دول
    الخليج، سكان محافظة البصرة, _OWNED_BY_PLACE)."""
    e = dp.by_id.get(eid) or {}
    kb = e.get("kb_id") or ""
    if not (kb in _feature_places() if kb.startswith("place:") else
            e.get("type") == "LOC" and not kb and e.get("status") == "named"):
        return False
    text = dp.text
    return not any(ev["start"] <= m.get("start", -1) < ev["end"] and _OWNED_BY_PLACE.search(
        text, max(0, m["start"] - 24), m["start"]) for m in e.get("mentions") or [])


_CAUSE_VERBS = {"اسفرت", "اسفر", "ادت", "ادي", "تسببت", "تسبب", "واسفرت", "واسفر", "وادت", "وادي", "وتسببت", "وتسبب"}
_CAUSING_STRIKES = {"غاره", "غارات", "ضربه", "ضربات", "قصف", "هجوم", "هجمات", "قذايف", "صاروخ", "صواريخ", "الغاره",
                 "الغارات", "الضربه", "الضربات", "القصف", "الهجوم", "الهجمات"}


_CAUSED_HARMS = {"مقتل", "اصابه", "مصرع", "سقوط", "جرح", "اصابات", "استشهاد", "تدمير"}
_BATTLE_NOUNS = {"المواجهات", "مواجهات", "الاشتباكات", "اشتباكات", "المعارك", "معارك", "القتال", "اشتباك", "مواجهه"}


def _strike_result(text, toks, groups, ts, actors) -> bool:
    """A harm noun that a strike caused, the strike's author named right after the strike noun ("أسفرت غارات النظام
    السوري المكثفة عن مقتل 13 من عناصر داعش"، "غارة للقوات الجوية السعودية أدت لمقتل الصماد"، "وتسببت قذائف الحوثيين
    بمقتل امرأة"): the author is marked as such, as by a launch verb."""
    if toks[ts].norm.lstrip("وبل") not in _CAUSED_HARMS:
        return False
    res = next((k for k in range(ts - 1, max(-1, ts - 12), -1) if toks[k].norm in _CAUSE_VERBS), None)
    if res is None or _full_stop_between(text, toks, res, ts):
        return False
    lo = max(0, res - 8)
    if any(toks[k].norm.lstrip("و") in _BATTLE_NOUNS for k in range(lo, ts)):
        return False  # "وأسفرت غارات التحالف والمواجهات مع قوات المقاومة عن مقتل": the toll of a battle, two sides
    for k in range(lo, ts):
        if toks[k].norm.lstrip("و") not in _CAUSING_STRIKES or _full_stop_between(text, toks, k, ts):
            continue
        if k > res and k - res > 1:
            continue  # (VSO: the strike noun right after the verb)
        if any(1 <= g["s"] - k <= 5 and g["prep"] in (None, "ل") and set(g["ids"]) & set(actors) and g["e"] <= ts
               and not any(toks[j].norm in _CAUSE_VERBS for j in range(k + 1, g["s"])) for g in groups):
            return True  # (its author within a few words: "غارة للقوات الجوية الملكية السعودية")
    return False


_FRONTING = {"بعد", "عقب", "اثر", "خلال", "اثناء", "لدي", "في", "وبعد", "وعقب", "واثر", "وخلال", "واثناء", "ولدي", "وفي"}


_AID_WAYS = frozenset(("الي", "عبر", "في", "داخل"))


_PLEDGE = word_set("pledge", "verb")
_HARM_TYPES = frozenset(("ASSAULT", "SANCTION", "COERCE", "THREATEN", "ACCUSE"))


def _pledged_harm(toks, trigs, ts, te, named=frozenset()) -> str | None:
    """A verb of pledging whose object is a hostile act is a threat: with تعهد (any person), a word of data/wordsets.tsv
    pledge/harm within six words after it (تعهدت تركيا بضرب، تعهد الرئيس ... بالرد): mode "violence"; with تعهد or وعد,
    a ب-complement within seven words (past the subject's name: ``named`` holds the tokens of the sentence's mentions)
    that is a trigger of attack, sanction, coercion, threat or accusation opening with ب (بمقاضاة، بفرض عقوبات،
    بمعاقبة) or a launch or a retaliation (بشن حرب، بالرد): no mode. The THREATEN mode as a
    string ("" for none) when so, else None."""
    v = _strip_wf(toks[ts].norm)
    if v.startswith(("تعهد", "يتعهد", "تتعهد", "نتعهد", "اتعهد")) and any(
            not _PLEDGE_HARM.isdisjoint(readings(toks[k].norm)) for k in range(te, min(len(toks), te + 6))):
        return "violence"
    if v.startswith(("تعهد", "يتعهد", "تتعهد", "نتعهد", "اتعهد")) and any(
            (toks[k].norm in ("بعدم", "عدم") or toks[k].norm == "لن" and toks[k - 1].norm.startswith(("بان", "ان")))
            and toks[k + 1].norm.lstrip("ال").startswith(("سماح", "يسمح", "تسمح", "نسمح", "اسمح"))
            for k in range(te, min(len(toks) - 1, te + 6))):
        return ""  # "تعهد ترامب بأنه لن يسمح لإيران بالحصول على أسلحة نووية"، "تعهد أردوغان بعدم السماح بتركيع بلاده":
        # a pledge to keep a party from an act is a threat to it (4 in the corpus; s21fp)
    if v not in _PLEDGE:
        return None
    for k in range(te, min(len(toks), te + 7)):
        w = toks[k].norm
        if w[:1] != "ب" or w in ("بن", "بنت", "باسم") or k in named:
            continue  # (past the subject: "تعهد الرئيس السوري بشار الأسد، باستعادة المناطق التي تسيطر عليها")
        if any(m.start_tok == k and m.value.type in _HARM_TYPES for m in trigs):
            return ""
        w = w[1:].removeprefix("ال")
        return "" if w in ("شن", "رد") or w in _LAUNCH_VERBS else None
    return None


_PLEDGE_HARM = word_set("pledge", "harm")


_ATTENDED = frozenset(("حضرها", "حضره", "وحضرها", "وحضره", "حضرتها", "حضرته", "وحضرتها"))


def _attended_by(text, toks, groups, te):
    """The parties named as attending a meeting right after the verb of attending within fourteen words after the
    meeting noun ("محادثات جرت في عنتيبي ... وحضرها رئيس جنوب السودان سيلفا كير ورئيس السودان عمر حسن البشير ومشار"),
    when two or more are coordinated there: their ids, else None."""
    k = next((k for k in range(te, min(len(toks), te + 14)) if toks[k].norm in _ATTENDED), None)
    if k is None or _full_stop_between(text, toks, te, k):
        return None
    g = next((g for g in groups if g["prep"] is None and k < g["s"] <= k + 2 and not _strong_between(text, toks, k, g["s"])),
             None)
    if g is None:
        return None
    ids, e = list(g["ids"]), g["e"]
    for g2 in groups:  # (the list goes on past a title: "سيلفا كير ورئيس السودان عمر حسن البشير ومشار")
        if (g2["s"] == e and (toks[g2["s"]].norm[:1] == "و" or toks[e - 1].norm[:1] == "و")
                or g2["s"] == e + 1 and toks[e].norm[:1] == "و" and _title_word(toks[e].norm)) \
                and not _strong_between(text, toks, e - 1, g2["s"]):  # (a title of its own: "ورئيس السودان عمر")
            ids, e = ids + list(g2["ids"]), g2["e"]
    ids = list(dict.fromkeys(ids))
    return ids if len(ids) >= 2 else None


def _visited_place(text, toks, locs, te, actors, by_id) -> list:
    """The place of another country than the actors' that a visit noun after a meeting verb goes to, within eight
    words ("ناقشها ... خلال زياراته إلى صنعاء"، "بحث ... خلال زيارته للرياض"): the talks' other side."""
    for g in locs:
        if not (te < g["s"] <= te + 8) or _full_stop_between(text, toks, te, g["s"]):
            continue
        k = g["s"] - 1 if toks[g["s"] - 1].norm in ("الي", "لـ") else g["s"]
        w = toks[k - 1].norm.lstrip("وبل") if k > te else ""
        w = w.removeprefix("خلال")
        if not (w.startswith(("زياره", "زيارت", "زيارات")) or toks[g["s"]].norm.startswith("ل") and w == ""
                and toks[g["s"] - 1].norm.lstrip("وبل").startswith(("زياره", "زيارت", "زيارات"))):
            continue
        if _abroad(g, actors, by_id):
            return list(g["ids"])
    return []


def _abroad(g, actors, by_id, home_known=False) -> bool:
    """Is the place group ``g`` in another country than the actors' (it has a country, and the actors' have none of it;
    ``home_known``: the actors must have a country)?"""
    home = {(by_id.get(i) or {}).get("country") for i in actors} - {None}
    place = {(by_id.get(i) or {}).get("country") for i in g["ids"]} - {None}
    return bool(place) and (bool(home) or not home_known) and not place & home


def _aided_place(text, toks, locs, te, actors, by_id) -> list:
    """The place aid is brought to or through, named within eight words after the aid noun or verb with إلى، عبر، في
    (also past a place noun: "عبر مدينة الحديدة"), when no party receives it: a place of another country than the
    giver's is the recipient ("إدخال المساعدات عبر مدينة الحديدة"، "مساعدات إنسانية إلى الغوطة الشرقية")."""
    for g in locs:
        if not (te <= g["s"] <= te + 8) or _full_stop_between(text, toks, te, g["s"]):
            continue
        k = g["s"] - 1
        if k >= te and toks[k].norm.lstrip("و") in PLACE_NOUNS:
            k -= 1
        if k < te - 1 or k < 0:
            continue
        if (g["prep"] in ("إلى", "في", "ل") or toks[k].norm in _AID_WAYS) and _abroad(g, actors, by_id, home_known=True):
            return list(g["ids"])
        return []
    return []


def _meeting_of_that(text, toks, groups, ts, recips, cut):
    """"وصرح أردوغان في لقاء صحافي ... "قررنا إجراء هذه الانتخابات"، وذلك إثر لقاء مع زعيم الحزب القومي دولت
    بهجلي": a meeting noun after وذلك and a preposition of time tells the occasion of the sentence's main clause; its
    subject (the party after the clause's first verb) met the party named with the noun (the ids, or None)."""
    if not (ts >= 2 and toks[ts - 1].norm in _FRONTING and toks[ts - 2].norm in ("وذلك", "ذلك")):
        return None
    subj = next((g for g in groups if g["prep"] is None and cut < g["s"] <= cut + 2 and g["e"] <= ts), None)
    if subj is None or set(subj["ids"]) & set(recips):
        return None
    return list(subj["ids"])


def _fronted_meeting_subject(text, toks, groups, ts, recips):
    """"وبعد الاجتماع مع الرئيس الروسي فلاديمير بوتين، أعرب ترامب عن ..."، "وخلال لقائه بالملك سلمان، أكد السيسي": a
    meeting noun fronted at the head of the sentence with its counterpart names no one of its own; the subject of the
    main clause after the comma is the other side (the ids of that subject, or None)."""
    if not (1 <= ts <= 2 and toks[ts - 1].norm in _FRONTING and (ts == 1 or toks[0].norm in ("و", "ثم"))):
        return None
    side = next((g for g in groups if g["ids"] == recips and g["s"] > ts and g["prep"] in ("مع", "ب")), None)
    if side is None:
        return None
    k = next((k for k in range(side["e"], min(len(toks), side["e"] + 4)) if "،" in text[toks[k - 1].end:toks[k].start]
              or "," in text[toks[k - 1].end:toks[k].start]), None)
    if k is None:
        return None
    subj = next((g for g in groups if g["s"] > k and g["prep"] is None), None)
    if subj is None or subj["s"] - k not in (1, 2) or set(subj["ids"]) & set(recips):
        return None  # (the verb, then its subject: "، أعرب ترامب"، "، قال الرئيس الأمريكي")
    return list(subj["ids"])


_DEADLINE_TYPES = {"REQUEST", "THREATEN"}
_DEADLINE_RE = re.compile(r"(?:بحلول|حتى|لغاية|قبل|أقصاه|اقصاه|موعد أقصاه|مهلة تنتهي|مهلة حتى)\s+(?:نهاية\s+|منتصف\s+|مطلع\s+|يوم\s+)?$")


def _deadline_cue(text, start, end, date_text) -> bool:
    """Is the time expression ``date_text`` of the sentence a deadline (بحلول 12 مايو، حتى نهاية الشهر، قبل 15
    يونيو، في موعد أقصاه ...): the words right before it set a limit rather than date an act?"""
    k = text.find(date_text, start, end)
    while k >= 0:
        if _DEADLINE_RE.search(text, max(start, k - 24), k):
            return True
        k = text.find(date_text, k + 1, end)
    return False


def _civil_war_sides(actors, recips, ents) -> bool:
    """An attack between forces of one state and armed rebels of the same state ("نفذت قوات الجيش الوطني هجوما على
    مواقع ميليشيات الحوثي"، "شن الجيش الأفغاني هجوما على حركة طالبان"): one country on both sides is no misreading
    when one side is an armed non-state group and the other an army, police or government (or another armed group)."""
    def sectors(ids):
        return {(ents.get(i) or {}).get("sector") for i in ids}
    a, r = sectors(actors), sectors(recips)
    armed = {"MIL", "COP", "GOV", "REB"}
    return bool(actors) and bool(recips) and not set(actors) & set(recips) and a <= armed and r <= armed \
        and ("REB" in a) != ("REB" in r) or (a == r == {"REB"} and not set(actors) & set(recips) and bool(actors))


def _agent_parties(ev, dp) -> bool:
    """Drop the parties of an event that are places (``_feature``): a city, a province or a sea neither acts nor is
    dealt with ("قادة الدول المطلة على بحر قزوين"، "وفي محافظة البيضاء، استهدفت المقاتلات"); it is where the act
    happened (the event's location when it has none). A place stays the target of an attack, a siege or aid (قصف
    مدينة حلب), and the one a ban or a curfew is lifted from (رفعت السلطات حظر التجول عن مدينة النجف). False when the event is then left with no actor where it had one (but an attack told without its
    author stays)."""
    acts = [a for a in ev["actors"] if not _feature(a, ev, dp)]
    recs = ev["recipients"] if ev["type"] in _PLACE_TARGETS or ev["type"] == "RETREAT" and ev.get("mode") == "withdraw" \
        or ev.get("_place_ok") else [r for r in ev["recipients"] if not _feature(r, ev, dp)]  # (the place a force withdraws from: انسحبت من غزة)
    if len(acts) == len(ev["actors"]) and len(recs) == len(ev["recipients"]):
        return True
    gone = [x for x in ev["actors"] + ev["recipients"] if x not in acts and x not in recs]
    if ev.get("location") is None and gone:
        ev["location"] = gone[0]
    if ev["actors"] and not acts and ev["type"] not in ("ASSAULT", "PROTEST"):
        return False
    ev["actors"], ev["recipients"] = acts, recs
    return True


def _media_only(g, dp) -> bool:
    """A news organisation named as the source ((CNN), رويترز) is not a party."""
    by_id = dp.by_id
    for i in g["ids"]:  # (all of them; a loop, not a generator: read for each group of each trigger)
        e = by_id.get(i) or {}
        if e.get("sector") != "MED" or e.get("type") != "ORG":
            return False
    return True


def _whole_end(groups, g) -> int:
    """Where the party of group ``g`` ends when the next groups name it again ("#الشيخ_سلطان_بن_سحيم آل ثاني": the title
    and the name are two groups of one entity)."""
    e = g["e"]
    while (nxt := next((x for x in groups if x["s"] == e and x["e"] > e and x["ids"] == g["ids"]), None)) is not None:
        e = nxt["e"]
    return e


def _apposed(text, toks, e, s) -> bool:
    """Only a comma, optionally after one adjective (الجديد، السابق), between a title and a name."""
    if s == e:
        return text[toks[s - 1].end:toks[s].start].strip() in ("،", ",")
    if s - e == 1 and toks[e].norm.startswith("ال"):
        return text[toks[e - 1].end:toks[e].start].strip() == "" and \
            text[toks[e].end:toks[s].start].strip() in ("،", ",")
    return False


def _conj(text, toks, m) -> bool:
    """Does the mention open with the conjunction و (والرئيس، وترامب) rather than a word starting with و (وزير), or
    stand right after a و written apart ("الولايات المتحدة و 14 دولة"، "#المغرب و #مصر")?"""
    t = toks[m.s]
    if m.s > 0 and toks[m.s - 1].text == "و" and text[toks[m.s - 1].end:t.start].strip() == "":
        return True
    if text[t.start:t.start + 1] != "و":
        return False
    if m.start > t.start:
        return True
    rest = t.norm[1:]
    return rest.startswith("ال") or bool(token_mask(rest)) or rest in _KNOWN_WORDS or not token_mask(t.norm) \
        and t.norm not in _KNOWN_WORDS


_TOLD_OF = word_set("told", "of")  # تحدث، الحديث: what is spoken of after عن (wordsets.tsv)
_DEAL_NOUNS = word_set("deal", "indefinite")  # صفقة، اتفاق، تسوية: a deal its relative clause tells (wordsets.tsv)
_COMPANION_JOINED = word_set("companion", "joined")  # وشريكه، ونجله: a second person of the same side (wordsets.tsv)
_JOINED_COUNTERPART = word_set("counterpart", "joined")  # ونظيره، ونظيرته (wordsets.tsv, s21consult)
_OWNED_MEETINGS = word_set("meeting", "owned")  # اتصاله، لقائها: a meeting noun with its owner's pronoun (wordsets.tsv)
_DISCUSS_STEMS = word_set("discuss", "stem")  # ناقش، بحث: discussing a topic, no offer of talks (wordsets.tsv)
_TRIED = word_set("try", "verb")  # حاول، محاولة: an act tried is not told as done (wordsets.tsv)
_ABSENT = word_set("try", "absent")  # تغيب عن، قاطع: a meeting stayed away from (wordsets.tsv, s20fp)
_VISIT_NOUNS = word_set("visit", "noun")  # زيارة، الزيارة، زيارته ...: the visit a welcome is for (wordsets.tsv)
_KNOWN_WORDS: set = set()  # normalised mention words of the current document's entities
_NAME_WORDS: set = set()  # every normalised word starting with س of the current document's entity mentions


_CONDEMNED_ACTS = MATERIAL_ACTS | {"THREATEN"}


_CHARGE_VERB_HEADS = tuple(sorted(word_set("accuse", "charge_head")))  # (data/wordsets.tsv)


def _charged_refusal(text, toks, groups, ts, te, lx, datecues=frozenset()) -> bool:
    """A verbal noun of refusing (رفض، برفض، لرفض) that is the object of a verb of condemning, criticising or accusing,
    with only party names (and a day) between them ("انتقدت فرنسا رفض إيطاليا"، "اتهم الكرملين واشنطن برفض مواجهة
    الواقع"، "اتهمت الحكومة التركية، الأربعاء، إسرائيل ومصر برفض"): the refusal is the accused party's act, told as the
    charge."""
    if te - ts != 1 or toks[ts].norm.lstrip("بل") != "رفض" or ts == 0:
        return False  # (not "ورفض": a verb coordinated after the critic's object, "وانتقد روحاني الولايات المتحدة ورفض
        # العرض الأمريكي", the critic's own refusal)
    if ts > 0 and _STRONG.search(text, toks[ts - 1].end, toks[ts].start):
        return False
    j = ts - 1
    while j >= 0 and ts - j <= 14:
        g = next((g for g in groups if g["s"] <= j < g["e"] and g["prep"] is None), None)
        if g is not None:
            j = g["s"] - 1
        elif toks[j].norm in datecues or toks[j].norm in ("اليوم", "امس"):
            j -= 1
        else:
            break
    if j < 0 or j == ts - 1:
        return False
    w = _strip_wf(toks[j].norm)
    return _condemn_word(toks[j].norm, lx) or w.startswith(_CHARGE_VERB_HEADS)


def _condemn_word(norm: str, lx) -> bool:
    """A verb or noun of condemning or criticising (أدانت، وندد، بالتنديد، انتقاداته): data/condemn.tsv."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    for v in (w, w[1:] if w[:1] in "بل" and len(w) > 4 else None):
        if v and any(lx.get(v[:n]) == "verb" for n in range(3, min(len(v), 8) + 1)):
            return True
    return False


def _condemned_object(text, toks, groups, te, act, lx):
    """The token that opens what a condemnation verb condemns: past its subject (and the subject's apposition between
    commas: "أدان رئيس الحزب، مسعود بارزاني، الهجوم") and manner words (بشدة، بأشد العبارات، الثلاثاء). (None, act)
    when a sentence break or another party comes first."""
    k = te
    while k < len(toks) and k - te <= 14:
        if k > te and re.search(r"[.؛;:!?؟\n]", text[toks[k - 1].end:toks[k].start]):
            return None, act
        g = next((g for g in groups if g["s"] == k), None)
        if g is not None:
            gap = text[toks[k - 1].end:toks[k].start] if k > 0 else ""
            named = k > te and all(x.kind == "PERSON" for x in g["m"]) and any(
                set(h["ids"]) & act and h["e"] <= k and all(_title_word(toks[j].norm) for j in range(h["e"], k))
                for h in groups)  # "وزير خارجية البحرين الشيخ خالد بن أحمد": the office, then its holder's name
            if g["prep"] is None and (set(g["ids"]) & act or named or k > te and ("،" in gap or "," in gap)
                                      and g["e"] < len(toks) and "،" in text[toks[g["e"] - 1].end:toks[g["e"]].start]):
                act = act | set(g["ids"])
                k = g["e"]
                continue
            return None, act
        w = toks[k].norm
        if k > te and _STRONG.search(text, toks[k - 1].end, toks[k].start) and not any(
                g["e"] == k and g["s"] > te and set(g["ids"]) & act for g in groups[1:]):
            return None, act  # (a comma ends the clause unless it closes the subject's apposition)
        if lx.get(w) in ("skip", "skip2") or w.startswith(_MANNER_B):
            k += 2 if lx.get(w) == "skip2" else 1  # (بشكل قاطع، بصورة واضحة: the word after too)
            continue
        if k == te or any(g["e"] == k for g in groups) or lx.get(toks[k - 1].norm) == "skip" \
                or k > te + 1 and lx.get(toks[k - 2].norm) == "skip2" \
                or toks[k - 1].norm.startswith(_MANNER_B):
            return k, act
        return None, act  # (a word of the subject's title the mentions do not hold: no reading)
    return None, act


def _countries(ids, dp) -> set:
    return {(dp.by_id.get(i) or {}).get("country") for i in ids} - {None}


def _condemned_doers(events, pool, dp, stage=None) -> list:
    """The author of a condemned act that its own phrase does not name ("قطر تدين استهداف السعودية بصواريخ"): the
    actor of the same kind of act (as read, even when the sentence classifier did not keep it), with one of the same
    victims or a place of the same country, told in this sentence or the one before or after ("وأطلق الحوثيون صاروخا
    باليستيا على الرياض"); not the condemner's own state, nor a body that does not attack (an international
    organisation, the press, civilians). Without one the condemnation names no one accused: dropped (the victim is
    never the accused)."""
    out = []
    for ev in events:
        o = ev.pop("_open", None)
        if o is not None and not ev["recipients"]:
            typ, victims = o
            places = [i for i in victims if (dp.by_id.get(i) or {}).get("type") in ("GPE", "LOC")]
            doer = next((e for e in pool if e["type"] == typ and abs(e["_sent"] - ev["_sent"]) <= 1 and (
                set(e["recipients"]) & victims or _countries(e["recipients"], dp) & _countries(places, dp))
                         and not set(e["actors"]) & set(ev["actors"])
                         and not _countries(e["actors"], dp) & _countries(ev["actors"], dp)
                         and not any((dp.by_id.get(i) or {}).get("sector") in ("IGO", "NGO", "MED", "CVL")
                                     for i in e["actors"])), None)
            if doer is None:
                if stage is not None and not ev["negated"] and not ev["hypothetical"] \
                        and _accuse._condemning(stage, normalize(ev["trigger"]["text"])) and not stage._court_condemns(ev):
                    # "واستنكر قتل عشرات المتظاهرين"، "أدانت ... مداهمة منزل مريم حسن": a finite verb of condemning
                    # whose act has no author told near it stands with no one condemned (the gold sets' convention)
                    stage._condemned_untargeted.add(ev["trigger"]["start"])
                    out.append(ev)
                continue
            ev["recipients"] = list(doer["actors"])
        out.append(ev)
    return out


_CONSTRUCT_HEADS = word_set("groups", "construct_head")
_SUSPECT_WORDS = word_set("judicial", "suspect")  # (the suspect rows of data/parties.tsv)
_KIN_HEADS = word_set("groups", "kin_head")
_MEMBER_OF = word_set("groups", "member_of")
_TITLED = word_set("groups", "titled")
_ALONGSIDE = word_set("time", "alongside")
_NOMINEE = word_set("groups", "nominee")
_HELD_BY = word_set("groups", "held_by")
_AIDES = word_set("groups", "aide")
_WAVES = word_set("accuse", "wave")  # a wave of (outrage, criticism)
# a bomb or a car that explodes (حين انفجرت على مقربة منه عبوة ناسفة): the device is the subject, no party before it
_EXPLODE_VERBS = word_set("explode", "verb")
_OFFICE_FOR = word_set("groups", "office_for")
_DEFENCE = word_set("defence", "system")
_DEFENCE_LAUNCH = word_set("defence", "launch")
_TITLE_END = re.compile(r"[.،,؛;:!?؟()\n]")
_OR_WORDS = frozenset(("او", "واو"))  # (_factuality: "or" before the act)
_COMP_BEFORE = frozenset(("ان", "بان", "وان"))  # (_event: a complementizer before the trigger)


def _titled_before(text, toks, s) -> bool:
    """Does a title word (ندوة بعنوان، تحت شعار) stand within six words before token s, no mark ending the title
    between?"""
    for k in range(max(0, s - 6), s):
        if toks[k].norm in _TITLED and not _TITLE_END.search(text, toks[k].end, toks[s].start):
            return True
    return False


_CLOCK_ZONE = word_set("groups", "clock_zone")  # بتوقيت (data/wordsets.tsv)


def _groups(text, toks, ments):
    """Mentions grouped by coordination (A وB), each with the preposition that introduces the group."""
    groups = []
    for m in ments or []:
        if m.s > 0 and toks[m.s - 1].norm.lstrip("و") in _CLOCK_ZONE:
            continue  # "بتوقيت نيويورك"، "بتوقيت مكة": the clock's zone names no party (s21freshverbal)
        ids = [m.eid] + [c[0] for c in m.co] if m.co else [m.eid]
        last = groups[-1]["m"][-1] if groups else None
        if groups and m.s == groups[-1]["e"] and not m.co and toks[m.s].norm.lstrip("و") in _SUSPECT_WORDS \
                and last.kind in ("NORP", "PERSON") and not _STRONG.search(text, toks[m.s - 1].end, toks[m.s].start):
            groups[-1]["e"] = m.e  # "واعتقلت تونسيا مشتبها به": what the party before is, no party of its own
            continue
        if groups and m.s == groups[-1]["e"] and m.e - m.s == 1 and not m.co and toks[m.s].norm in _ARMED_ADJ \
                and last.kind == "ORG" and last.sector in ("REB", "MIL") and toks[last.s].norm not in _ARMED_ADJ \
                and not _STRONG.search(text, toks[m.s - 1].end, toks[m.s].start):
            groups[-1]["e"] = m.e  # "عناصر بوكوحرام المسلحون"، "عناصر داعش الإرهابيون": the group's adjective
            continue
        if groups and m.s == groups[-1]["e"] and len(groups[-1]["m"]) == 1 and not last.co and not m.co \
                and last.eid.startswith("ev-p") and m.eid.startswith("ev-p") and m.kind in ("NORP", "ORG") \
                and _strip_wf(toks[last.e - 1].norm) in _KIN_HEADS \
                and not _STRONG.search(text, toks[m.s - 1].end, toks[m.s].start):
            # "ونددت أسر البحارة القتلى وأحزاب المعارضة": the genitive of a kin noun is part of its party, and a party
            # joined by و after it is a second subject, not a second genitive
            groups[-1]["e"] = m.e
            continue
        if groups and groups[-1].get("spokes") and m.kind == "PERSON" and not m.co and len(groups[-1]["m"]) == 1 \
                and (m.s == groups[-1]["e"] and not _STRONG.search(text, toks[m.s - 1].end, toks[m.s].start)
                     or _apposed(text, toks, groups[-1]["e"], m.s)):
            g = groups[-1]  # "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا": the named spokesperson
            g["ids"] = [m.eid]
            g["m"] = [m]
            g["e"] = m.e
            g["spokes"] = False
            continue
        if groups and m.kind == "PERSON" and not m.co and _apposed(text, toks, groups[-1]["e"], m.s) \
                and not last.co and (last.kind == "PERSON" and _office_like(toks, last)
                                     or last.kind == "GPE" and last.s > 0 and _title_word(toks[last.s - 1].norm)
                                     and not toks[last.s - 1].norm.lstrip("وفبل").startswith("ال")
                                     or last.kind in ("NORP", "PERSON") and toks[last.s].norm.lstrip("و") == "الشيخ"
                                     and last.e - last.s == 2  # "الشيخ القطري المعارض، سلطان بن سحيم آل ثاني،"
                                     or last.kind == "ORG" and any(
                    toks[k].norm.startswith(("كبير", "رييس", "قايد", "امين")) for k in range(max(0, last.s - 2), last.s))):
            # "الرئيس البولندي، أندريه دودا،", "كبيرة قضاة المحكمة العليا، مالغورزاتا غيرسدورف،"
            g = groups[-1]  # apposition: "الرئيس البولندي، أندريه دودا،"
            g["ids"][-1] = m.eid
            g["m"][-1] = m
            g["e"] = m.e
            continue
        if groups and m.s == groups[-1]["e"] and not m.co and not _conj(text, toks, m) \
                and not _STRONG.search(text, toks[m.s - 1].end, toks[m.s].start):
            g = groups[-1]
            last = g["m"][-1]
            if m.kind == "PERSON" and not last.co and not (last.kind == "GPE" and g["prep"] is not None) \
                    and not (last.kind == "PERSON" and _office_like(toks, m) and not _office_like(toks, last)) \
                    and not (last.kind == "PERSON" and last.country and m.country and last.country != m.country) and (
                    last.kind == "NORP" or last.kind == "PERSON" and _office_like(toks, last)
                    or last.kind != "PERSON" and not toks[last.e - 1].norm.lstrip("وفبل").startswith("ال")
                    and not (last.kind == "GPE" and last.s > 0 and _state_verb(toks[last.s - 1].norm))
                    and not (last.kind == "ORG" and last.sector == "JUD")  # "أدانت محكمة باكستانية نواز شريف": a court
                    # has no person in its genitive; he is its object
                    or _title_word(toks[g["s"]].norm) or g["s"] > 0 and _title_word(toks[g["s"] - 1].norm)):
                # (not a person of another state after an office: "وناشد الرئيس الفرنسي ترامب" is the office, then its
                # object)
                # (a construct noun takes the person as its genitive, "إدارة الرئيس ترامب"، "أمير قطر تميم"; a
                # state's name right after a verb is its subject, "استدعت تركيا السفير السعودي"; a definite name does not: "قتل حزب الله القاضي السابق وليد عيدو" names a party, then the victim)
                # "نظيره الروسي فلاديمير بوتين", "أمير قطر تميم بن حمد": the named person heads the phrase (but
                # "في جنوب السودان الرئيس سالفا كير": a place, then the subject)
                g["ids"][-1] = m.eid
                g["m"][-1] = m
                g["e"] = m.e
                continue
            if (m.kind == "GPE" or m.kind == "NORP" and m.country and not m.sector and _agrees(toks, g["e"] - 1, m.s)) \
                    and last.kind in ("PERSON", "ORG") and not last.co \
                    and not (last.kind == "ORG" and m.kind == "GPE" and not last.eid.startswith("ev-p")
                             and toks[last.e - 1].norm.lstrip("وفبل") not in _CONSTRUCT_HEADS) \
                    and not (
                    m.kind == "GPE" and (toks[last.e - 1].norm.lstrip("وفبل").startswith("ال")
                                         or last.kind == "PERSON" and not _office_like(toks, last))):
                # ... but a definite phrase or a name takes no genitive: "تتهم في مجلس الأمن روسيا"، "دعت إدارة
                # الرئيس دونالد ترامب قطر" name the country apart; nor does a body of another state: "اتهمت حماس إسرائيل"
                g["e"] = m.e  # a genitive or adjective of the title ("أمير قطر", "الحكومة السودانية")
                continue
        if groups and not m.co and not last.co and m.kind in ("NORP", "GPE") and last.kind == "PERSON" \
                and m.s - groups[-1]["e"] == 1 and toks[m.s - 1].norm in _JOINED_COUNTERPART and m.e - m.s == 1 \
                and not _STRONG.search(text, toks[groups[-1]["e"] - 1].end, toks[m.s].start):
            # "وزير خارجية كوريا الشمالية ونظيرته السويدية"، "السيسي ونظيره الروسي": a counterpart named by his
            # state's nisba alone is a second side joined to the person before (s21consult)
            g = groups[-1]
            g["ids"] += ids
            g["m"].append(m)
            g["e"] = m.e
            continue
        if groups and not m.co and not last.co and m.kind in ("PERSON", "NORP") and last.kind == "PERSON" \
                and m.s - groups[-1]["e"] == 1 and toks[m.s - 1].norm in _COMPANION_JOINED \
                and not _STRONG.search(text, toks[groups[-1]["e"] - 1].end, toks[m.s].start):
            # "على الفرنسي صلاح عبد السلام وشريكه التونسي سفيان عياري بالسجن": a person joined to the one before by his
            # partner or kin noun is a second party of the same side (not the subject of the verb after him; his
            # demonym first, the name after it heads the phrase as above)
            g = groups[-1]
            g["ids"] += ids
            g["m"].append(m)
            g["e"] = m.e
            continue
        if groups and _conj(text, toks, m) and m.s - groups[-1]["e"] <= 1 and not _new_clause_subject(toks, m) \
                and (not _STRONG.search(text, toks[groups[-1]["e"] - 1].end, toks[m.s].start)
                     or groups[-1]["prep"] in ("بين", "مع") and len(groups[-1]["ids"]) == 1 and m.s == groups[-1]["e"]
                     and text[toks[m.s - 1].end:toks[m.s].start].strip() in ("،", ",")
                     and (groups[-1]["prep"] == "بين" or m.kind == "PERSON" and groups[-1]["m"][-1].kind == "PERSON"
                          and _title_word(toks[m.s].norm))):
            # (and a second person with his title after مع: "وتحدث الرئيس الأميركي مع الرئيس الكوري الجنوبي مون جاي
            # إن، ورئيس الوزراء الياباني شينزو آبي عبر الهاتف")
            # (the second side of بين past a comma: "بين الرئيس الأميركي دونالد ترامب، والزعيم الكوري كيم جونغ أون")
            g = groups[-1]
            g["ids"] += ids
            g["m"].append(m)
            g["e"] = m.e
            continue
        sp = _critics.spokesman_of(toks, m.s)
        if sp is not None:
            # "المتحدثة باسم الخارجية الروسية ماريا زاخاروفا"، "وقال الناطق باسم الحكومة": the spokesperson speaks for
            # the body; its name, when it follows, is the party (see the PERSON case above)
            groups.append({"s": sp, "e": m.e, "ids": ids, "m": [m], "prep": None, "spokes": True})
            continue
        if groups and len(groups[-1]["m"]) == 1 and groups[-1]["e"] == last.e and last.e - last.s == 1 \
                and _faction_gap(toks, last.e, m.s) and toks[last.s].norm in _MEMBER_GENERIC and not m.co \
                and (m.kind == "ORG" and m.sector in ("MIL", "REB", "COP") or m.kind == "GPE" and m.country) \
                and not _STRONG.search(text, toks[last.s].end, toks[m.s].start):
            g = groups[-1]  # "هاجم مسلحون من حركة الشباب"، "قتل جنود من الجيش الإسرائيلي": the named body acts
            g["ids"], g["m"], g["e"] = ids, [m], m.e
            continue
        if groups and not m.co and not last.co and last.eid.startswith("ev-p") and last.country is None \
                and toks[last.e - 1].norm in _STATE_COUNT_HEADS and (m.kind == "ORG" and m.sector == "IGO" or m.kind == "GPE") \
                and _bloc_partitive(text, toks, groups[-1]["e"], m.s):
            # "الولايات المتحدة و 14 دولة من أعضاء الاتحاد الأوروبي"، "16 دولة من الاتحاد الأوروبي"، "14 دولة أعضاء في
            # الاتحاد الأوروبي": a count of states named by the bloc they are members of is that bloc's members
            g = groups[-1]
            g["ids"][-1], g["m"][-1], g["e"] = m.eid, m, m.e
            continue
        b = _belonging_head(text, toks, m.s)
        if b is not None and not m.co:
            if groups and groups[-1]["e"] > b:
                g = groups[-1]
                if len(g["m"]) == 1 and g["s"] == b and g["e"] == m.s - 1 and not last.co and last.country is None \
                        and any(x in _UNIT_HEADS for x in readings(toks[last.s].norm)) and last.kind in ("ORG", "NORP") \
                        and last.sector in ("MIL", "REB", "COP", None):
                    # "مجموعة مسلحة تابعة لتنظيم داعش": the body a unit of no state belongs to (not "الميليشيا الحوثية
                    # التابعة لإيران"، "الجنود السودانيين التابعين للتحالف": a party of its own, described)
                    g["ids"], g["m"], g["e"] = ids, [m], m.e
                    continue
            else:
                # "نفذت طائرات الأباتشي التابعة للتحالف العربي غارات": the unit is the body's, the phrase opens at it
                groups.append({"s": b, "e": m.e, "ids": ids, "m": [m],
                               "prep": _prep(text, toks, Mention(b, m.e, m.eid, m.kind, m.country, m.sector, m.start, m.end))})
                continue
        oh = _organ_head(text, toks, m.s) if m.kind == "ORG" and not m.co else None
        if oh is not None and not (groups and groups[-1]["e"] > oh):
            # "ودعت الجمعية البرلمانية لمجلس أوروبا السلطات التركية": the organ's phrase is the body's, and opens at it
            groups.append({"s": oh, "e": m.e, "ids": ids, "m": [m],
                           "prep": _prep(text, toks, Mention(oh, m.e, m.eid, m.kind, m.country, m.sector, m.start, m.end))})
            continue
        groups.append({"s": m.s - 2 if _partitive(text, toks, m.s) and not (groups and groups[-1]["e"] > m.s - 2)
                       else m.s - 1 if _member_head(text, toks, m.s) and not (
                           groups and groups[-1]["e"] > m.s - 1)
                       else m.s, "e": m.e, "ids": ids, "m": [m], "prep": _prep(text, toks, m)})
    return groups


def _asked_noun(text, toks, te, groups):
    """The token of a definite noun that is no party right after the من marking the one asked ("روسيا تطلب من القوى
    الدولية إعادة إعمار سوريا"، "وطلبت الولايات المتحدة من الدول التوقف ..."), within eight words of the request verb
    and its subject; None when the one asked is a party, or none is marked."""
    for j in range(te, min(len(toks) - 1, te + 8)):
        if _STRONG.search(text, toks[te - 1].end if te else 0, toks[j].start):
            return None
        if any(g["s"] <= j < g["e"] for g in groups):
            continue
        if toks[j].norm == "من":
            if j > te and (toks[j - 1].norm in QUANT or toks[j - 1].norm.lstrip("وب").removeprefix("ال") == "مزيد"):
                return None  # "يطالب بمزيد من التضييق": a quantity, no one asked
            n = toks[j + 1].norm
            if not n.startswith("ال") or any(g["s"] <= j + 1 < g["e"] for g in groups):
                return None
            return j + 1
    return None


def _new_clause_subject(toks, m) -> bool:
    """Is the party after و the subject of a new clause, told by a singular verb right after it ("إدانة دولية لمقتل
    عشرات الفلسطينيين وواشنطن تمنع صدور بيان"، "... وأنقرة ترفض")? Then it is no second party of the phrase before (a
    coordinated subject takes a dual or plural verb: "روسيا وإيران تدينان")."""
    if m.e >= len(toks):
        return False
    w = toks[m.e].norm
    return w[:1] in "تي" and w in VERB_FORMS and not w.endswith(("ان", "ون", "وا", "ا"))


def _agrees(toks, a, b) -> bool:
    """Can the word at b be an adjective of the definite or indefinite phrase ending at a ("الحكومة السودانية"، "قوات
    إسرائيلية"، a name: "قناة سي إن إن الأمريكية")? Not an indefinite word after a definite one ("قتلت القوات
    الإسرائيلية فلسطينيا": a definite subject, then an indefinite object)."""
    return not toks[a].norm.lstrip("وفبل").startswith("ال") or toks[b].norm.lstrip("وفبل").startswith("ال")


def _free_groups(text, toks, st) -> list:
    """The sentence's party groups less those introduced as a source of the report (حسب، وفقا لـ: _sourced)."""
    return [g for g in _groups(text, toks, st.ments) if not _sourced(toks, g["s"])]


def _state_verb(w: str) -> bool:
    """A verb in the feminine that a state's name follows as its subject (استدعت، واتهمت، تتهم، وتطالب)?"""
    w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
    return len(w) > 3 and (w.endswith("ت") and not w.endswith("ات") or w[:1] == "ت" and not w.endswith(("ه", "ات")))


def _has_title_hint(toks, lex) -> bool:
    return any(lex.titles.first_word(t.norm) for t in toks[:40])


def _quote_spans(text, spans):
    out = []
    if not spans:
        return out
    lo, hi = spans[0][0], spans[-1][1]
    for m in _QUOTE_RE.finditer(text, lo, hi):
        out.append((m.start(), m.end()))
    return out


def _counterpart(quotes, inq, recent):
    sp = inq.get("speaker")
    for ev in recent[::-1]:
        if ev["type"] == "CONSULT":
            if sp in ev["actors"] and ev["recipients"]:
                return ev["recipients"][:1]
            if sp in ev["recipients"]:
                return ev["actors"][:1]
    return None


def _dedup_quotes(quotes):
    out = []
    seen = set()
    for q in quotes:
        k = (q["start"], q["end"])
        if k in seen:
            continue
        seen.add(k)
        q = {k2: v for k2, v in q.items() if not k2.startswith("_")}
        out.append(q)
    return out


def _fallback_sentences(doc):
    from ..lang.segment import split_sentences

    text = doc.get("text") or ""
    out = []
    pos = 0
    for line in text.split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        if line.strip():
            out.extend(split_sentences(text, s, e))
    return out


def _definite(norm: str) -> bool:
    """Does the word carry the article (الدعم، والهجوم، بالقصف، للتدخل)?"""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    if w.startswith("لل"):
        return True
    if w[:1] in "بلك" and w[1:3] == "ال":
        w = w[1:]
    return w.startswith("ال")


def _nominal_trigger(surface: str) -> bool:
    """Is an event's trigger a noun (بقتل، الهجوم، رفضها، اعتقال) rather than a verb?"""
    w = normalize(surface.split()[0]) if surface.split() else ""
    return _is_noun(w) or _vn(w) or w[:1] in "بل" and len(w) > 3 or w.endswith(("ها", "هم")) and len(w) > 4 \
        and w[:1] not in "يتن"


_DOER_STEMS = ("اقام", "نظم", "نفذ", "شن", "عقد", "اجري", "اجرت", "وقع", "قدم", "بدا", "واصل", "تابع", "خاض")


def _light_doer(norm: str) -> bool:
    """A verb whose object noun names the act (أقامت وقفة، نظموا مسيرة، عقد اجتماعا، شنت غارات، أجرى محادثات)."""
    w = norm[1:] if norm[:1] in "وف" and len(norm) > 3 else norm
    for st in _DOER_STEMS:
        if w == st or w.startswith(st) and w[len(st):] in ("ت", "وا", "تا", "ا", "ن"):
            return True
    return False


_NUM_WORDS_AR = _CARDINALS | {"الف", "عشرات", "العشرات", "ميات", "الميات", "الاف", "عدد"}  # (with quantities)
# a count of "them" (العشرات منهم، ثلاثة منهم، عددا منهم، العديد منهم), read without و and the article (_counted_of_them)
_COUNT_WORDS = frozenset(_NUM_WORDS_AR | {"عددا", "بعض", "بعضا", "اكثر", "عديد", "كثيرين"})


def _numbered(toks, te, s) -> bool:
    """Does the noun phrase at s open with a count right after the verb (قتل 5 مسلحين، قتل ثلاثة جنود)?"""
    for k in range(te, min(s + 1, len(toks))):
        w = toks[k].norm
        if w.isdigit() or w in _NUM_WORDS_AR:
            return True
    return False


_UNDERGO_VERBS = {"قتل", "قتلت", "اغتيل", "اغتيلت", "اصيب", "اصيبت", "جرح", "جرحت", "خطف", "خطفت", "اختطف", "اختطفت",
                  "اعتقل", "اعتقلت", "احتجز", "احتجزت", "اوقف", "اوقفت", "اسر", "اسرت", "اعدم", "اعدمت", "عذب", "عذبت"}
_UNDERGO_CHARGE = {"اتهم", "اتهمت"}
_NOT_CHARGE = {"بدوره", "بدورها", "بدورهم", "بشده", "بشكل", "بينما", "بسبب", "بحسب", "بعدما", "بخصوص", "بشان"}
_SPEAKER_HEADS = word_set("roles", "speaker_head")
_TAKE_RESIGNATION = word_set("roles", "take_resignation")
_ACC_COUNT = re.compile(r"^(?:\d+|عشرات|العشرات|مئات|المئات|الاف|الالاف|الف|عددا|العديد)$")


def _undergoer_only(text, toks, norm, typ, after, te) -> bool:
    """A bare past verb of harm or arrest (or of accusation, with the charge بـ right after) followed by one bare party,
    a person or civilians, with no second bare party and no counted object after it: that party underwent the act."""
    w = norm.lstrip("وف")
    if not after or after[0]["prep"] is not None:  # (the caller took it as the verb's adjacent subject)
        return False
    g = after[0]
    if w in _UNDERGO_CHARGE:
        if typ != "ACCUSE" or g["e"] >= len(toks) or toks[g["e"]].norm[:1] != "ب" or len(toks[g["e"]].norm) < 4 \
                or toks[g["e"]].norm.startswith("بان") or toks[g["e"]].norm in _NOT_CHARGE \
                or any(x["s"] == g["e"] for x in after) or _STRONG.search(text, toks[g["e"] - 1].end, toks[g["e"]].start):
            return False  # ("واتهم مادورو كولومبيا بالضلوع": a second party, the accused)
        # the charge right after the one party marks it as the accused, whatever it is (اتُّهم النظام السوري باستخدام)
        return not _object_after(text, toks, after, g)
    elif w not in _UNDERGO_VERBS or typ not in ("ASSAULT", "COERCE"):
        return False
    if not all(x.kind in ("PERSON", "NORP") or (x.sector or "") in ("CVL", "MED") for x in g["m"]):
        return False  # (a force or a state after the verb is its subject: "قتل الجيش"، "اعتقلت السلطات")
    rest = after[1:]
    if rest and rest[0]["prep"] is None and rest[0]["s"] == g["e"] and all(
            x.kind == "PERSON" for x in g["m"] + rest[0]["m"]) and not _object_after(text, toks, after, rest[0]):
        g, rest = rest[0], rest[1:]  # "واعتقل الناشط حسين رونقي": a title read as a party and the name after it are one
    if _object_after(text, toks, after, g):
        return False
    # no second bare party in the clause, and no counted object (اعتقل الرئيس العشرات)
    if any(x["prep"] is None and x["s"] >= g["e"] and not _full_stop_between(text, toks, g["e"], x["s"])
           and not _strong_between(text, toks, g["e"], x["s"]) for x in rest):
        return False
    return not (g["e"] < len(toks) and _ACC_COUNT.match(toks[g["e"]].norm) and not _age_aside(text, toks, g["e"]))


def _age_aside(text, toks, k) -> bool:
    """The number at k is the age of the person before it, not a counted object: in parentheses or followed by a
    word of years ("واعتقلت ماريا بوتينا (29 عاما)، الأحد"، "وأوقفت ميلينا بوغدير (27 عاما) في مدينة الموصل")."""
    if not toks[k].norm.isdigit():
        return False
    if "(" in text[toks[k - 1].end:toks[k].start]:
        return True
    return k + 1 < len(toks) and toks[k + 1].norm in _AGE_WORDS


_AGE_WORDS = word_set("age", "year")
_BLOC_MEMBER = word_set("bloc", "member")  # (data/wordsets.tsv; stage._bloc_states)
_BLOC_MEMBERS = word_set("bloc", "members")
_BLOC_LINK = word_set("bloc", "link")


_LAUNCH_RESUMED = word_set("launch", "resumed")
_ALLY_WORDS = word_set("roles", "ally_noun")


def _co_actors(text, toks, groups, ts, actors) -> list:
    """The parties after مع that share an attack with its launcher: the launcher the subject right after a verb of
    launching (launch/verb, launch/resumed: شنت، نفذتها) or after the attack verb itself, with the مع-group right after
    it ("نفذتها الولايات المتحدة مع فرنسا وبريطانيا"; an ally noun may open it: "مع حليفتها موسكو"), or the subject
    before the verb and the مع-group right after the verb ("وكانت واشنطن قد شنت مع باريس ولندن"), in the same clause;
    [] otherwise. A two-sided fight's مع names the other side ("اشتباكات الجيش مع المسلحين"): never taken when a clash
    noun is the trigger or stands before the launcher."""
    acts = set(actors)

    def launch(k):
        v = toks[k].norm if 0 <= k < len(toks) else ""
        v = v[1:] if v[:1] in "وف" and len(v) > 3 else v
        return v in _LAUNCH_VERBS or v in _LAUNCH_RESUMED

    for g in groups:
        if g["prep"] != "مع" or set(g["ids"]) & acts:
            continue
        o = g["s"]  # where the مع-phrase opens (past its ally nouns and a separate مع)
        while o > 0 and g["s"] - o < 2 and toks[o - 1].norm.lstrip("و") in _ALLY_WORDS:
            o -= 1
        if _strong_between(text, toks, max(0, o - 1), g["s"]):
            continue
        for a in groups:
            if a["prep"] is not None or not set(a["ids"]) <= acts or a["s"] < 1:
                continue
            if any(_CLASH_WORDS.match(toks[k].norm.lstrip("وفبل").removeprefix("ال"))
                   for k in range(max(0, a["s"] - 5), a["e"])):
                continue
            if a["e"] == o and (launch(a["s"] - 1) or a["s"] - 1 == ts and _attack_verb(toks[ts].norm)):
                return list(g["ids"])  # verb, subject, مع
            if launch(o - 1) and 0 <= o - 1 - a["e"] <= 1 and not _strong_between(text, toks, a["e"] - 1, o):
                return list(g["ids"])  # subject, (قد), verb, مع
    return []


_STRIKE_TARGETS = word_set("strike", "target")
_SITE_OWNED_NOUNS = frozenset(_TARGET_NOUNS | _STRUCK_SITES | _STRIKE_TARGETS)  # (_site_owner)
_WEB_ADJ = word_set("strike", "web")
_QADA = normalize("القضاء")


def _military_target(toks, te, groups, recips) -> bool:
    """Is the object of the verb of attack ending at te a military target or site of the recipients' side, within four
    words after the verb's subject: "ضربت الولايات المتحدة وفرنسا وبريطانيا ثلاثة أهداف سورية"، "استهدفت إسرائيل مواقع
    عسكرية إيرانية" (s21assault)?"""
    g = next((g for g in groups if g["ids"] == recips and g["s"] >= te), None)
    if g is None:
        return False
    return any(toks[k].norm.removeprefix("ال") in _STRIKE_TARGETS or toks[k].norm.removeprefix("ال") in _STRUCK_SITES
               for k in range(max(te, g["s"] - 4), g["s"]))


def _done_before(toks, a, ts) -> bool:
    """Is the perfect at ts told after بعدما or بعد أن standing between a verbal act ending at a and it ("جاء التحذير
    بعدما ضربت الولايات المتحدة وفرنسا وبريطانيا ثلاثة أهداف سورية")? The act happened before the warning or the demand
    and is out of its reach (s21assault)."""
    return toks[ts].norm.lstrip("و") in PAST_FORMS and any(
        toks[j].norm.lstrip("و") == "بعدما" or toks[j].norm.lstrip("و") == "بعد" and toks[j + 1].norm == "ان"
        for j in range(a, ts))  # ("وبعدما" right before the verb included)


def _after_told(toks, a, ts) -> bool:
    """Is the act at ts told in a phrase of بعد/إثر/عقب/غداة + a verbal noun standing between a demand or threat ending
    at a and it ("طالب ترودو الأربعاء بـ"تحقيق مستقل" بعد قتل نحو 60 فلسطينيا برصاص الجيش الإسرائيلي الاثنين")? That act
    is the fact the demand follows, not its content (s24dates). Not بعد أن/بعدما (_done_before), nor a time word after
    the preposition (بعد ظهر، بعد يومين، بعد انتهاء المهلة: the time of what is asked for)."""
    for j in range(a, ts):
        if toks[j].norm in _TEMPORAL_AFTER and j + 1 <= ts and toks[j + 1].norm not in ("ان", "ما", "ذلك") \
                and not toks[j + 1].norm.isdigit() and toks[j + 1].norm not in _AFTER_TIME_WORDS:
            return True
    return False


_AFTER_TIME_WORDS = frozenset(("ظهر", "منتصف", "انتهاء", "انقضاء", "مرور", "يوم", "يومين", "ايام", "اسبوع", "شهر", "عام"))


def _object_after(text, toks, after, g) -> bool:
    """Is the bare group g (right after a verb) followed by a bare object (اقتحم متظاهرون السفارة السعودية، قتل مسلحون
    ثلاثة جنود)? Then g is the subject of an active verb, not a passive one's."""
    e = g["e"]
    nom = e - 1 >= g["s"] and toks[e - 1].norm.endswith(("ون", "ان"))
    if nom and e + 1 < len(toks) and toks[e].norm in _COUNT_WORDS and toks[e].norm.endswith("ا") \
            and toks[e + 1].norm == "من" and not _STRONG.search(text, toks[e - 1].end, toks[e].start):
        return True  # (s21assault) "وهاجم مستوطنون إسرائيليون عددا من المزارعين": a counted accusative object
    nxt = next((x for x in after if x["s"] >= e), None)
    if nxt is None or nxt["s"] - e > 2 or _strong_between(text, toks, e, nxt["s"]):
        return False
    if nom and nxt["s"] > e and (
            nxt["prep"] is None and nxt["s"] == e + 1 and not toks[e].norm.startswith("ال")
            and toks[e].norm.endswith("ين") and len(toks[e].norm) > 4):
        return True  # (s21assault) a nominative plural or dual after the verb, then an accusative: "وهاجم مستوطنون
        # إسرائيليون عددا من المزارعين"، "أحرق شبان غاضبون علمين": the case contrast marks subject and object
    if nxt["prep"] is not None:
        return False
    return all(toks[k].norm.startswith("ال") and len(toks[k].norm) > 4 or toks[k].norm.isdigit()
               or toks[k].norm in _NUM_WORDS_AR or toks[k].norm in _SITE_CONSTRUCT for k in range(e, nxt["s"]))


_RIOT_WORDS = ("هاجم", "اقتحم", "اعتدي", "اعتدو", "اعتداء", "هجوم", "هجم")  # (normalised: اعتدى → اعتدي)
# a building or office of a party in construct before its owner, a bare object (هاجم متظاهرون مقر منظمة بدر)
_SITE_CONSTRUCT = {normalize(w) for w in ("مقر", "مقرات", "مقار", "مبنى", "مباني", "مكتب", "مكاتب", "منزل", "منازل",
                                          "بيت", "سفارة", "قنصلية", "مركز", "مراكز", "مقرا", "مكتبا", "منزلا")}


_DEFEND_ROLE = word_set("defend", "role")
_DEFEND_STOP = re.compile(r"[.؛;:!?؟\n]")  # (the defender's name may stand between commas: "دافع الرئيس الأمريكي، دونالد ترامب، عن")
_DEFEND_RELATION = word_set("defend", "relation")
_DEFEND_COUNSEL = word_set("defend", "counsel")


def _defended(text, toks, te, groups) -> list:
    """The one a SUPPORT of defending (`دافع X عن`, triggers.tsv mode defend) is for: the party right after عن (`قطر تدافع
    عن إيران`), the genitive of a role, policy or right after it (`دافع الأسد عن دور روسيا`، `عن حق إسرائيل في`), or the
    other side of a relation after it (`عن علاقته مع الزعيم الكوري الشمالي`، `عن علاقة بريطانيا بالسعودية`). Defending
    one's own decision or position (`دافع عن قراره`) or a measure (`عن هذا الإجراء`) names no one: no party is kept."""
    k = next((k for k in range(te, min(len(toks), te + 10)) if toks[k].norm.lstrip("و") == "عن"
              and not _DEFEND_STOP.search(text, toks[te - 1].end, toks[k].start)), None)
    if k is None or k + 1 >= len(toks):
        return []
    out = []
    head = toks[k + 1].norm.lstrip("و")
    for g in groups:
        if g["s"] == k + 1:
            out.append(g)  # "عن إيران"
        elif head in _DEFEND_ROLE and g["s"] == k + 2 and g["prep"] is None:
            out.append(g)  # "عن دور روسيا"
        elif head in _DEFEND_RELATION and k + 2 <= g["s"] <= k + 4 and g["prep"] in ("مع", "ب") \
                and not _STRONG.search(text, toks[k].end, toks[g["s"]].start):
            out.append(g)  # "عن علاقته مع كيم"، "عن علاقة بريطانيا بالسعودية"
    return out
