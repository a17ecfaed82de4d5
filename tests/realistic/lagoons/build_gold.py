#!/usr/bin/env python3
"""Writes the three gold CSVs of the lagoons set (kept so that the coding can be re-read and re-run).

Run from this folder: python3 build_gold.py. The conventions are those of ../devset/README.md;
this set's own decisions are in README.md. Rows: st(article, speaker, target, fragment, sign,
said_on), ev(article, date, fragment), ns(article, fragment, why); `|` separates acceptable
alternatives, an empty alternative accepts a blank.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_check import write_gold  # noqa: E402

S = []  # article_id, speaker, target, fragment, stance_sign, said_on
E = []  # article_id, date, fragment
N = []  # article_id, fragment, why


def st(a, sp, tg, fr, sign, d):
    S.append([a, sp, tg, fr, sign, d])


def ev(a, d, fr):
    E.append([a, d, fr])


def ns(a, fr, why):
    N.append([a, fr, why])


# --- Skydagger ----------------------------------------------------------------------------------
a = "l-urgent-skydagger-delivery"  # published Wednesday 2025-10-08; wire sent in stages (URGENT, UPDATE 1, WRITETHRU)
st(a, "kurti", "ksf|kosovo", "contributing to the ongoing effort to build and modernize the military through new technologies", "1", "2025-10-08|")
st(a, "vucic", "turkey", "prompting Serbia's president to accuse Ankara of dreaming of a new Ottoman Empire", "-1", "2025-10-08")
st(a, "osmani", "vucic", "Kosovo's president to accuse him in turn of attacking a NATO ally", "-1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08|")
st(a, "vucic", "turkey", "I am appalled by Turkey's behavior and brutal violation of the UN Charter", "-1", "2025-10-08")
st(a, "vucic", "turkey", "Turkey does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "represents pouring oil on the fire and a prime example of malign interference", "-1", "2025-10-08|")
st(a, "djuric", "turkey", "will have to take this move into consideration in its further actions", "-1", "2025-10-08|")
st(a, "osmani", "vucic", "shamelessly attacking Turkey - a NATO member state helping to preserve stability", "-1", "2025-10-08|")
st(a, "osmani", "turkey", "a NATO member state helping to preserve stability", "1", "2025-10-08|")
st(a, "vucic", "erdogan", "The row follows two years in which Vucic often called Recep Tayyip Erdogan a friend", "1", "")
ev(a, "2025-10-08", "Kosovo took delivery on Wednesday of thousands of Skydagger combat drones")
ev(a, "2025-10-08", "Kurti announced the arrival in a Facebook post in the morning")
ev(a, "2024-12", "The contract with Baykar was signed in December last year")
ev(a, "2025-10-08", "Serbian President Aleksandar Vucic answered on X in the afternoon")
ev(a, "2025-10-08", "had held an urgent telephone call with the Turkish commander of KFOR")
ns(a, "Kosovo has received thousands of Turkish-made Skydagger combat drones, three months earlier than planned", "attributed fact without stance (the URGENT's lead, repeated in UPDATE 1)")
ns(a, "say what those actions would be", "absence (He did not say ...)")
ns(a, "Had Belgrade bought the same drones, as it once hoped to do", "hypothetical")

a = "l-annotated-vucic-presser"  # published Friday 2025-10-10; the press conference of Thursday 9 October ("yesterday"), annotated
st(a, "vucic", "turkey", "Türkiye is a great power and that we understood the message given to us", "1", "2025-10-09|")
st(a, "osmani", "vucic", "who had accused him on Wednesday night of attacking a NATO ally", "-1", "2025-10-08")
st(a, "vucic", "turkey", "does not want the stability of the Western Balkans and dreams of restoring the Ottoman Empire again", "-1", "2025-10-08")
st(a, "vucic", "", "no matter how small we are, it is our duty to protect our people's freedom", "", "2025-10-09|")
st(a, "vucic", "turkey", "We are living a golden age in our relations with Türkiye", "1", "2025-10-09|")
st(a, "vucic", "turkey|erdogan", "We are talking about a great leader of a great and successful country", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "a man who raised Ankara from the ashes, changed the face of Istanbul", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "He will always be welcome in our country. My task is to build good relations.", "1", "2025-10-09|")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09|")
st(a, "osmani", "turkey|erdogan", "Turkey and President Erdoğan show extraordinary leadership in promoting global peace and security", "1", "2025-10-08")
st(a, "osmani", "turkey", "as a NATO member state, Türkiye helps us defend peace", "1", "2025-10-08|")
st(a, "djuric", "turkey", "had called the delivery \"pouring oil on the fire\"", "-1", "2025-10-08")
ev(a, "2025-10-09", "Aleksandar Vučić spoke to reporters in Belgrade yesterday, a day after his post")
ev(a, "2025-10-08", "who had accused him on Wednesday night of attacking a NATO ally")
ev(a, "2025-10-08", "had announced the delivery on Wednesday morning")
ev(a, "2025-10-08", "Vjosa Osmani had written on Wednesday that Turkey and President Erdoğan")
ns(a, "He also told reporters that his words had been misunderstood", "self-description with no other target")
ns(a, "The Turkish president has not spoken in public about the drones or about the post", "absence")
ns(a, "Had he stood there, the change of tone would have been harder to miss", "hypothetical")

a = "l-winners-losers-skydagger"  # published Friday 2025-10-17; "winners and losers" analysis ("Nine days ago", "last Wednesday")
st(a, "kurti", "ksf|kosovo", "continues to strengthen the striking power of its army", "1", "2025-10-08")
st(a, "kurti", "ksf|kosovo", "significantly strengthens Kosovo's defense capabilities and modernizes its military force", "1", "2025-10-08|")
st(a, "osmani", "vucic", "hegemonic mind, captured by the past and always obsessed with intimidating others", "-1", "2025-10-08|")
st(a, "osmani", "erdogan", "a man of his word, a leader who has always shown deep and sincere care for all the people of our region", "1", "2025-10-08|")
st(a, "osmani", "serbia", "cast Kosovo as the loyal ally and Serbia as the friend of Russia, China and Iran", "-1", "2025-10-08|")
st(a, "author", "osmani", "Osmani has rarely looked so much like a foreign minister", "1", "")
st(a, "vucic", "turkey", "that Turkey dreamed of restoring the Ottoman Empire", "-1", "2025-10-08")
st(a, "vucic", "erdogan", "The next day he called Erdoğan \"a great leader\"", "1", "2025-10-09")
st(a, "vucic", "turkey", "said Serbia was too small to threaten anyone", "1", "2025-10-09")
st(a, "author", "vucic", "the second made him look as if he had been told off", "-1", "")
st(a, "author", "vucic", "It was the least convincing week of a long career", "-1", "")
st(a, "djuric", "turkey", "will have to take this move into consideration in its further actions", "-1", "|2025-10-08|2025-10")
st(a, "author", "djuric", "A week later nobody in Belgrade can say what those actions were", "-1", "")
st(a, "nato", "kosovo", "it was essential that any activity in Kosovo's airspace be conducted in proper coordination with KFOR", "-1", "|2025-10")
st(a, "nato", "turkey", "praised Turkey as a long-standing contributor to the mission", "1", "|2025-10")
ev(a, "2025-10-08", "Nine days ago a few containers landed in Pristina")
ev(a, "2025-10-08", "In his post of last Wednesday he said that Kosovo")
ev(a, "2025-10-08", "On that Wednesday the Serbian president wrote")
ev(a, "2025-10-09", "The next day he called Erdoğan")
ns(a, "say under what circumstances Kosovo could use the drones", "absence (He would not say ...)")
ns(a, "the suicide drones were designed for moving and static enemy targets", "attributed fact without stance")
ns(a, "If silence were a policy, it would be Turkey's most successful one in the region", "hypothetical")
ns(a, "WINNER: Albin Kurti", "heading in the form label: name")

a = "l-yearreview-skydagger-2025"  # published Monday 2025-12-29; year in review by month ("In September last year", "In July 2023", "On 18 March")
st(a, "erdogan", "serbia", "emphasized that relations between Türkiye and Serbia were steadily improving across various sectors", "1", "2024-09|2024-09-22")
st(a, "vucic", "baykar|turkey", "We want to buy Bayraktar drones, but the whole world wants them", "1", "")
st(a, "kurti", "ksf|kosovo", "We have added to the arsenal of our army the TB-2 Bayraktar drones", "1", "2023-07|2023-07-16")
st(a, "kfor", "kosovo", "We expect the institutions in Kosovo to ensure coordination and respect the existing procedures", "-1", "2023-07|2023-07-17")
st(a, "serbia", "croatia|albania|kosovo", "Belgrade saw a hostile alliance forming on its borders", "-1", "2025-03|2025-03-18|")
st(a, "vucic", "turkey", "it was now completely clear that Turkey did not want stability in the Western Balkans", "-1", "2025-10-08")
st(a, "vucic", "turkey", "appalled by Turkey's behavior and brutal violation of the UN Charter and UN Security Council Resolution 1244", "-1", "2025-10-08|")
st(a, "djuric", "kosovo", "What so-called Kosovo needs are not kamikaze drones, but respect for the basic human rights", "-1", "2025-10-08")
st(a, "osmani", "vucic", "shamelessly attacking Turkey - a NATO member state helping to preserve stability", "-1", "2025-10-08|2025-10|")
st(a, "osmani", "turkey", "a NATO member state helping to preserve stability", "1", "2025-10-08|2025-10|")
st(a, "vucic", "erdogan", "When it comes to President Erdogan, I will always be a good host", "1", "2025-10-09|")
st(a, "vucic", "turkey", "He called Turkey a great power and said Serbia was too small to threaten it", "1", "2025-10-09|")
st(a, "author", "vucic", "the president learned that his friendship with Erdoğan did not extend to Kosovo's shopping list", "-1", "")
st(a, "vucic", "erdogan", "Vučić said in October that he would meet Erdoğan again", "1", "2025-10|2025-10-09")
ev(a, "2024-09", "In September last year, at a closed-door meeting in New York")
ev(a, "2025-03-18", "On 18 March Croatia, Albania and Kosovo signed a declaration on defence cooperation")
ev(a, "2024-12", "The contract for Kosovo's kamikaze drones, signed with Baykar in December 2024")
ev(a, "2025-10-08", "On Wednesday 8 October Kurti announced that containers")
ev(a, "2025-10-08", "That afternoon Vučić wrote on X")
ev(a, "2025-10-09", "Then, on 9 October, the reversal")
ns(a, "said that KFOR remained closely involved in this important issue", "self-description of KFOR with no other target")
ns(a, "Had Ankara delayed the delivery to January, as the contract foresaw", "hypothetical")

# --- Pakistan-Afghanistan, October 2025 ----------------------------------------------------------
a = "l-correction-pakistan-afghanistan"  # published Monday 2025-10-27 with a correction notice; Saturday = 25 Oct
st(a, "asif", "afghanistan", "Pakistan will fight an \"open war\" with Afghanistan if talks in Istanbul fail", "-1", "2025-10-25")
st(a, "asif", "afghanistan", "if no agreement takes place, we have an open war with them", "-1", "2025-10-25|")
st(a, "ispr", "afghanistan", "had been killed in what it called an unprovoked attack", "-1", "2025-10-12")
st(a, "mujahid", "pakistan", "the operations were retaliation for Pakistani air strikes on Kabul and Paktika", "-1", "2025-10-12")
st(a, "mujahid", "pakistan", "He demanded that Pakistan hand over militants of the Islamic State group", "-1", "2025-10-12|")
st(a, "mujahid", "pakistan", "Pakistan should expel the important ISIS members who are hiding there from its soil", "-1", "2025-10-12|")
st(a, "afghan_defence_ministry", "pakistan", "If the opposing side again violates Afghanistan's territorial integrity, our armed forces are fully prepared", "-1", "2025-10-12|")
st(a, "asif", "afghanistan", "There are no ties, direct or indirect, as of today", "-1", "2025-10-13")
st(a, "asif", "afghanistan", "The minister accused Kabul of sheltering every militant group in the region", "-1", "2025-10-13|")
st(a, "asif", "afghanistan", "there is a conglomerate of international terrorism in Afghanistan", "-1", "2025-10-13|")
st(a, "asif", "muttaqi", "Who will believe Muttaqi? The Indians might, but they also know", "-1", "2025-10-13|")
st(a, "asif", "afghanistan", "He wasn't on the moon; he was in Afghanistan.", "-1", "2025-10-13|")
st(a, "andrabi", "afghanistan", "we expect the Afghan Taliban to act decisively against the Tehreek-e-Taliban Pakistan", "-1", "2025-10")
ev(a, "2025-10-25", "Defence Minister Khawaja Asif said on Saturday")
ev(a, "2025-10-19", "The ceasefire agreed in Doha on 19 October had held")
ev(a, "2025-10-11", "On the night of 11 October Afghan forces attacked Pakistani posts along the frontier")
ev(a, "2025-10-12", "The military's media wing, ISPR, said the next day")
ev(a, "2025-10-12", "At a briefing on Sunday 12 October, Mujahid said")
ns(a, "said that Pakistan's defence minister warned of \"open war\" on Sunday", "the paper's own error, corrected (not the minister's statement)")
ns(a, "There have been no incidents in the last four to five days", "attributed fact without stance")
ns(a, "according to Afghanistan International", "an outlet whose name contains an actor's alias (Afghanistan)")
ns(a, "If the talks fail, the ceasefire of 19 October may not survive the week", "hypothetical")

# --- The blockade of Qatar, June 2017 -----------------------------------------------------------
a = "l-memoir-qatar-blockade"  # published Saturday 2025-06-07; memoir excerpt in the past tense ("Monday, the fifth of June 2017", "The next day", "On the Wednesday")
st(a, "saudi_foreign_ministry", "qatar", "Saudi Arabia has made a decision to sever diplomatic and consular relations with the State of Qatar", "-1", "2017-06-05|")
st(a, "saudi_arabia|saudi_foreign_ministry", "qatar", "harbouring a multitude of terrorist and sectarian groups that aim to create instability", "-1", "2017-06-05|")
st(a, "bahrain", "qatar", "shaking the security and stability of Bahrain and meddling in its affairs", "-1", "2017-06-05|")
st(a, "egypt_foreign_ministry|egypt", "qatar", "Cairo's foreign ministry accused Doha of supporting \"terrorism\"", "-1", "2017-06-05|")
st(a, "qatar_foreign_ministry", "saudi_arabia|egypt|bahrain|uae", "the decision had been coordinated with Egypt in order to impose \"guardianship\" on Qatar", "-1", "2017-06-05|")
st(a, "qatar_foreign_ministry", "saudi_arabia|egypt|bahrain|uae", "described the whole affair as the product of a media campaign to defame the country", "-1", "2017-06-05|")
st(a, "al_thani", "saudi_arabia|egypt|bahrain|uae", "this statement is full of contradictions because it is saying that we are supporting Iran", "-1", "2017-06-06|")
st(a, "author", "al_thani", "I was struck by how calm he was", "1", "")
st(a, "gargash", "qatar", "told the Associated Press that there was \"nothing to negotiate\" with Qatar", "-1", "2017-06-07")
st(a, "al_thani", "saudi_arabia|egypt|bahrain|uae", "the campaign against it rested on \"false and fabricated news\"", "-1", "2017-06-08|")
st(a, "al_thani", "saudi_arabia|egypt|bahrain|uae", "If anyone thinks they are going to impose anything on my internal affairs", "-1", "2017-06-08|")
st(a, "trump", "qatar", "called Qatar \"a funder of terrorism at a very high level\"", "-1", "2017-06-09")
st(a, "al_thani", "saudi_arabia|egypt|bahrain|uae", "said in Rome that the list had been presented in order to be rejected", "-1", "2017-07|2017-06|")
st(a, "author", "al_thani", "He was right, and everyone knew it", "1", "")
ev(a, "2017-06-05", "I was woken at a quarter to six on Monday, the fifth of June 2017")
ev(a, "2017-06-06", "The next day, a Tuesday, Sheikh Mohammed bin Abdulrahman Al Thani")
ev(a, "2017-06-07", "On the Wednesday Anwar Gargash, the Emirati minister of state")
ev(a, "2017-06-08", "On the Thursday Sheikh Mohammed gave his own interview")
ev(a, "2017-06-09", "On the Friday the President of the United States called Qatar")
ev(a, "2017-06", "Later in the month the four states sent a list of thirteen demands")
ev(a, "2021-01", "The blockade ended at al-Ula in January 2021")
ns(a, "sent a list of thirteen demands, among them the closure of Al Jazeera", "a document's content (attributed fact without a speaker's stance)")
ns(a, "Had Kuwait not kept talking to both sides that June", "hypothetical")

# --- Peru-Mexico, December 2022 - February 2023 ---------------------------------------------------
a = "l-thread-peru-mexico"  # published Saturday 2023-02-25; a reporter's numbered thread ("Last night", "yesterday" = 24 Feb)
st(a, "lopez_obrador", "peru", "the economic and political elites of that country", "-1", "2022-12|")
st(a, "peru_foreign_ministry|peru", "lopez_obrador|mexico", "constitute unacceptable interference in internal affairs, in clear violation of the principle of non-intervention", "-1", "2022-12-20|")
st(a, "lopez_obrador", "peru", "We are not going to expel anybody", "1", "2022-12-21")
st(a, "lopez_obrador", "boluarte|peru", "a president in Mexico City who keeps calling Peru's government illegitimate", "-1", "2023-01|2023-02|")
st(a, "lopez_obrador", "boluarte", "At his morning conference López Obrador called Boluarte \"the spurious president\"", "-1", "2023-02-24|")
st(a, "lopez_obrador", "boluarte|peru", "they rule with bayonets and with repression, force", "-1", "2023-02-24|")
st(a, "lopez_obrador", "castillo", "would keep supporting Castillo, who had been \"illegally ousted\"", "1", "2023-02-24|")
st(a, "boluarte", "lopez_obrador", "the unacceptable questions that he repeatedly formulates about the constitutional and democratic origin of my government", "-1", "2023-02-24|")
st(a, "boluarte", "lopez_obrador", "With his statements, Mr. Lopez violates the principle of international law about non-interference", "-1", "2023-02-24|")
st(a, "author", "lopez_obrador", "López Obrador wants Castillo's cause more than he wants an embassy in Lima", "-1", "")
st(a, "author", "boluarte", "Boluarte needs a foreign enemy more than she needs Mexico", "-1", "")
ev(a, "2023-02-24", "Last night Peru cut its diplomatic ties with Mexico")
ev(a, "2022-12-07", "Pedro Castillo tries to dissolve Congress")
ev(a, "2022-12-20", "Hours later Lima declares the ambassador, Pablo Monroy, persona non grata")
ev(a, "2022-12-21", "The next morning, López Obrador at his daily press conference")
ev(a, "2023-02", "last week declared Colombia's president persona non grata")
ns(a, "Foreign Minister Marcelo Ebrard says Mexico has granted asylum to Castillo's wife and children", "attributed fact without stance")
ns(a, "We will always defend the right to asylum, it is part of our foreign policy", "self-description with no other target")
ns(a, "did not immediately reply to a request for comment from Reuters", "absence")
ns(a, "If López Obrador had kept Castillo out of his morning conferences", "hypothetical")

# --- Somalia-Kenya, December 2020 ------------------------------------------------------------------
a = "l-twocases-kenya-somalia"  # published Thursday 2020-12-17; the two cases side by side, "what neither side disputes", "our view"
st(a, "dubbe", "kenya", "has decided to sever diplomatic relations with the Kenyan government", "-1", "2020-12-15|")
st(a, "somalia", "kenya", "Somalia says it is defending its sovereignty against a neighbour that meddles in its politics", "-1", "|2020-12-15|2020-12")
st(a, "dubbe", "kenyan_people", "The Somali government considers the people of Kenya a peace-loving community", "1", "2020-12-15|")
st(a, "dubbe", "kenya|kenyatta", "But the current leadership of Kenya is working to drive the two sides apart", "-1", "2020-12-15|")
st(a, "dubbe", "kenya", "recurring outright political violations and interference by Kenya against the sovereignty of our country", "-1", "2020-12-15|")
st(a, "somalia_foreign_ministry", "kenya", "violation of African Union's Constitutive Act and is an affront to the peaceful coexistence", "-1", "2020-12-15")
st(a, "oguna", "somalia", "said the two countries had enjoyed close relations over the years", "1", "2020-12-15")
st(a, "oguna", "somalia", "We are a higher nation, we cannot do the same thing Somalia has done", "-1", "2020-12-15|")
st(a, "oguna", "somalia", "Discussions are taking place to ensure that the relationship normalizes", "1", "2020-12-15|")
st(a, "author", "somalia", "Mogadishu's case is weakest where it is loudest", "-1", "")
st(a, "author", "kenya", "Nairobi's case is strongest where it is quietest", "1", "")
st(a, "author", "kenya|kenyatta", "Hosting Bihi a week before an IGAD summit was, however, a provocation", "-1", "")
ev(a, "2020-12-15", "In the early hours of Tuesday, Somalia's information minister")
ev(a, "2020-12-15", "The foreign ministry in Mogadishu wrote on Twitter the same morning")
ev(a, "2020-12-15", "Speaking at the Kenyatta International Convention Centre on Tuesday")
ev(a, "2020-11", "Last month Somalia expelled Kenya's ambassador and recalled its own")
ev(a, "2020-12-14", "On Monday President Uhuru Kenyatta received the leader of Somaliland")
ev(a, "2020-12-20", "will hold a summit in Djibouti on Sunday")
ns(a, "Kenya says it has been a good neighbour and will not answer in kind", "self-description with no other target")
ns(a, "it had received no official communication from Somalia", "absence")
ns(a, "If Djibouti produces nothing on Sunday", "hypothetical")

if __name__ == "__main__":
    write_gold(HERE, S, E, N)
