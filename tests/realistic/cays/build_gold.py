#!/usr/bin/env python3
"""Writes the three gold CSVs of the cays set (kept so that the coding can be re-read and re-run).

Run from this folder: python3 build_gold.py. The conventions are those of ../devset/README.md;
this set's own decisions are in README.md. Rows: st(article, speaker, target, fragment, sign,
said_on), ev(article, date, fragment), ns(article, fragment, why); `|` separates acceptable
alternatives, an empty alternative accepts a blank.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from gold_check import GoldRows  # noqa: E402

GOLD = GoldRows()
st, ev, ns = GOLD.st, GOLD.ev, GOLD.ns

# --- Skydagger: the words every Skydagger article repeats ---------------------------------------
O8 = "2025-10-08"
O9 = "2025-10-09"
OCT = "2025-10"                  # the NATO official, Vrajolli and Kürç to Radio Free Europe: October, no day
F12 = "2026-02-12"
APPALLED = "I am appalled by Turkey's behavior and brutal violation of the UN Charter and UN Security Council Resolution 1244"
OTTOMAN = ("It is now completely clear that Turkey does not want the stability of the Western Balkans and dreams "
           "of restoring the Ottoman Empire again.")
GOOD_HOST = "When it comes to President Erdogan, I will always be a good host"
GREAT_LEADER = "We are talking about a great leader and a great and successful country"
KURC = "Essentially, they raise the cost of any military operation against Kosovo."
ARMS_RACE = "This is a kind of arms race that is taking place in the region"
FANTASTIC = "Turkey was fantastic too. President Erdoğan was fantastic. He really helped a lot"
COOKIE = "He's a tough cookie, but he's been my friend, and every time I've ever needed him, he's been there for me."
MONITORS = "KFOR regularly monitors Kosovo's airspace, using all means and resources at its disposal"
GOD_WILLING = "God willing, we will also pay a visit to Belgrade and Novi Pazar in May or June with a large delegation"
PINK_1 = "When the Turks say they will supply Bayraktars to Pristina, it is a very bad news for us"
PINK_2 = "We respect [Turkish President Recep Tayyip] Erdogan, but, naturally, it will tell on our relations"

# --- cy-fortune-skydagger -------------------------------------------------------------------------
a = "cy-fortune-skydagger"  # published Monday 2026-03-02; a fortune(6) data file, attributions after "--"
st(a, "vucic", "turkey", PINK_1, "-1", "2022-12-20")
st(a, "vucic", "erdogan", PINK_2, "1", "2022-12-20")
st(a, "kurti", "ksf|kosovo", "We have added to the arsenal of our army the TB-2 Bayraktar drones which we purchased from Turkey!", "1", "2023-07-16")
st(a, "kfor|nato", "kosovo", "Kosovo Force (KFOR) Commander has the primary authority for airspace over Kosovo", "0", "2023-07-17")
st(a, "kurti", "ksf|kosovo", "we are continuing to build and modernise our military force through new technologies and contemporary combat tactics", "1", O8)
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "vucic", "turkey", OTTOMAN, "-1", O8)                      # "-- Same post."
st(a, "djuric", "turkey", "The decision of the Turkish authorities to deliver lethal weapons to Kurti's regime represents pouring oil on the fire", "-1", O8)
st(a, "djuric", "turkey", "Serbia will have to take this move into consideration in its further actions.", "-1", O8)  # "-- Ibid."
st(a, "osmani", "vucic", "shamelessly attacking Turkey — a NATO member state helping to preserve stability.", "-1", O8)
st(a, "osmani", "turkey", "shamelessly attacking Turkey — a NATO member state helping to preserve stability.", "1", O8)
st(a, "vucic", "erdogan", GOOD_HOST + ".", "1", O9)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9)                 # "-- Same press conference, a minute later."
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9)
st(a, "kurc", "", KURC, "", OCT)
st(a, "trump", "turkey", FANTASTIC, "1", "2025-10-12")
st(a, "trump", "erdogan", FANTASTIC, "1", "2025-10-12")
st(a, "vucic", "united_states", "The Americans are arming Albanians in Kosovo, as is Türkiye.", "-1", "2025-12")
st(a, "vucic", "turkey", "The Americans are arming Albanians in Kosovo, as is Türkiye.", "-1", "2025-12")
st(a, "vucic", "erdogan", "Erdogan is a great world leader, Türkiye is one of our most important partners.", "1", F12)
st(a, "vucic", "turkey", "Erdogan is a great world leader, Türkiye is one of our most important partners.", "1", F12)
st(a, "erdogan", "serbia|vucic", GOD_WILLING, "1", F12)              # "the same day"
ev(a, O8, "who said what after the drones landed in Pristina on 8 October 2025")
ev(a, "2026-03-01", "Release 0.3 was tagged on Sunday 1 March 2026")
ev(a, "2022-12-20", "Aleksandar Vučić, to TV Pink, Tuesday 20 December 2022")
ev(a, "2023-07-16", "Albin Kurti, Sunday 16 July 2023")
ev(a, O8, "Aleksandar Vučić, on X, Wednesday 8 October 2025, 17:14")
ev(a, "2025-10-12", "Donald Trump, aboard Air Force One, Sunday 12 October 2025")
ns(a, "Ankara will pay for every single drone.", "a sentence a chain message put in Vučić's mouth; the file says he never said it")
ns(a, "He never said it; kept so that nobody adds it again.", "the maintainer's note on a fabricated attribution")
ns(a, "It issued nothing on the drones.", "absence (Ankara's silence)")

# --- cy-stickers-skydagger ------------------------------------------------------------------------
a = "cy-stickers-skydagger"  # published Friday 2025-11-14; sticker album pages, caption then a dated line
st(a, "vucic", "turkey", APPALLED, "-1", O8)
st(a, "vucic", "turkey", "Serbia is a small country, but we understood the message well", "-1", O8)  # "the second line of the same post"
st(a, "djuric", "turkey", "I strongly condemn this unilateral and unlawful move, which constitutes a step backward in efforts to normalize relations in the region", "-1", O8)
st(a, "mojsilovic|serbian_defense_ministry", "ksf|kosovo|turkey", "he said such moves not only fail to contribute to peace and security in Kosovo but endanger the stability of the whole region", "-1", "2025-10-10")
st(a, "vucic", "erdogan", GOOD_HOST, "1", O9)
st(a, "kurti", "", "combat drones equipped with explosive payloads intended to neutralise enemy targets", "", O8)
st(a, "osmani", "nato", "We will continue to deepen ties with NATO allies, modernizing our defense capabilities according to NATO standards", "1", O8)
st(a, "vrajolli", "", ARMS_RACE, "", OCT)
st(a, "nato", "kosovo|ksf", "It is essential that any activity in Kosovo's airspace be conducted in proper coordination with NATO's peacekeeping mission in Kosovo, KFOR", "0", OCT)
st(a, "trump", "erdogan", COOKIE, "1", "2025-10-13")
st(a, "kurc", "", KURC, "", OCT)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9)                 # the collectors' note: "Same press conference, same Thursday"
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9)
ev(a, O8, "on X, Wednesday 8 October, 17:14")
ev(a, "2025-10-10", "Receiving KFOR's new commander in Belgrade on Friday 10 October")
ev(a, O9, "press conference, Thursday 9 October")
ev(a, O8, "He took General Mojsilović's urgent telephone call on 8 October")
ev(a, "2025-10-13", "Sharm el-Sheikh, Monday 13 October")
ev(a, "2025-11-03", "142 was reprinted on 3 November")
ns(a, "He said nothing about the drones that week.", "absence (Erdoğan's silence)")
ns(a, "He took General Mojsilović's urgent telephone call on 8 October", "attributed fact without stance (a phone call)")
ns(a, "Readers keep asking for a sticker of the President calling Turkey an enemy. He never did", "words nobody said, put in a leader's mouth and denied")

# --- cy-chat-skydagger ----------------------------------------------------------------------------
a = "cy-chat-skydagger"  # published Tuesday 2026-03-10; CHAT transcripts, speaker codes, @Date headers
st(a, "vucic", "turkey", PINK_1 + ".", "-1", "2022-12-20")
st(a, "vucic", "erdogan", PINK_2, "1", "2022-12-20")
st(a, "vucic", "turkey", "but, naturally, it will tell on our relations", "-1", "2022-12-20")
st(a, "vucic", "erdogan", GOOD_HOST + ".", "1", O9)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9)
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9)
st(a, "vucic", "erdogan|turkey", "Last year I begged Erdoğan to stop arming Pristina.", "-1", O9)
st(a, "vucic", "united_states", "I also asked the Americans to stop doing it.", "-1", O9)
st(a, "vucic", "turkey", "reports add that he called Serbia too small to threaten Turkey, a great power", "1", O9)
st(a, "nato", "kosovo|ksf", MONITORS, "0", OCT)
st(a, "nato", "turkey", "the same official praised Turkey as a long-standing contributor to the mission.", "1", OCT)
st(a, "vrajolli", "", ARMS_RACE + ", where I think it is expected", "", OCT)
st(a, "kurc", "", KURC, "", OCT)
st(a, "trump", "turkey", FANTASTIC, "1", "2025-10-12")
st(a, "trump", "erdogan", FANTASTIC, "1", "2025-10-12")
st(a, "trump", "erdogan", COOKIE, "1", "2025-10-13")
st(a, "vucic", "erdogan", "When I speak to you, I do so with the utmost respect, as a great leader, not only of Türkiye", "1", F12)
st(a, "vucic", "erdogan", "Erdoğan is more experienced, and sometimes I say something he does not like, but he is wise enough to keep quiet about it.", "1", F12)
st(a, "erdogan", "serbia|vucic", GOD_WILLING, "1", F12)
ev(a, "2022-12-20", "TV Pink, evening interview of 20 December 2022")
ev(a, O9, "press conference in Belgrade on 9 October 2025")
ev(a, OCT, "three interviews to Radio Free Europe in October 2025")
ev(a, "2025-10-12", "aboard Air Force One on 12 October 2025")
ev(a, "2025-10-13", "Sharm el-Sheikh on 13 October 2025")
ev(a, F12, "joint press conference in Ankara on 12 February 2026")
ns(a, "Has President Erdoğan called you since Wednesday?", "a journalist's question")
ns(a, "he did not say whether Erdoğan had called.", "absence (what he did not say)")
ns(a, "was asked for an interview and declined.", "refusal (Ulutaş declined an interview)")

# --- cy-diplomacy-skydagger -----------------------------------------------------------------------
a = "cy-diplomacy-skydagger"  # published Monday 2025-10-20; a Diplomacy game report, the real news per deadline
st(a, "vucic", "turkey", OTTOMAN, "-1", O8)
st(a, "djuric", "turkey", "pouring oil on the fire and a prime example of malign interference in regional affairs with destabilizing consequences", "-1", O8)
st(a, "osmani", "erdogan", "I am proud to have worked closely with President Erdoğan, a man of his word", "1", O8)
st(a, "mojsilovic|serbian_defense_ministry", "ksf|kosovo",
   "General Mojsilović telephoned KFOR's commander to protest the \"continued arming of the so-called Kosovo Security Force\"", "-1", O8)
st(a, "vucic", "erdogan", GOOD_HOST + ".", "1", O9)
st(a, "vucic", "turkey", "He also said Serbia was too small to threaten Turkey, which he called a great power.", "1", O9)
st(a, "vucic", "erdogan", GREAT_LEADER, "1", O9)                 # grey press; GM's note 1 names the speaker
st(a, "vucic", "turkey", GREAT_LEADER, "1", O9)
st(a, "nato", "kosovo|ksf", MONITORS, "0", "2025-10-10|2025-10")
st(a, "nato", "turkey", "praised Turkey as a long-standing contributor to the mission", "1", "2025-10-10|2025-10")
st(a, "trump", "turkey", FANTASTIC, "1", "2025-10-12")
st(a, "trump", "erdogan", FANTASTIC, "1", "2025-10-12")
st(a, "trump", "erdogan", "He's a tough cookie, but he's been my friend", "1", "2025-10-13")
ev(a, O8, "Turkish drones landed at Pristina airport this morning.")
ev(a, "2024-12", "The contract was signed last December with Baykar")
ev(a, O9, "At an afternoon press conference Vučić softened")
ev(a, "2025-10-12", "Kosovo held local elections yesterday.")
ev(a, "2025-10-14", "accepted by all on Tuesday 14 October")
ns(a, "The contract was signed last December with Baykar, the parent company of the Skydagger manufacturer",
   "attributed fact without stance (the contract's date)")
ns(a, "The Sultan's fleet will not save you.", "a player's in-character press; nobody said it")
ns(a, "Apology accepted. The fleet stays.", "a player's in-character press")
ns(a, "Had Ankara said anything that week, it would have opened Winter.", "hypothetical (Ankara's silence)")

# --- cy-debatepack-tirana -------------------------------------------------------------------------
a = "cy-debatepack-tirana"  # published Monday 2023-03-27; a Commons Library debate pack (pastiche)
INVASION = ("The British people deserve to know which party is serious about stopping the invasion on our southern "
            "coast, and which party is not.")
st(a, "braverman", "labour", INVASION, "-1", "2022-10-31")
st(a, "braverman", "channel_migrants", INVASION, "-1", "2022-10-31")
st(a, "braverman", "albanians_in_uk", "She told Members that many Albanian arrivals were \"abusing our modern slavery laws\"", "-1", "2022-10-31")
st(a, "lucy_powell", "braverman", "I fear that some of her language yesterday will now mean that our security services are on very high alert", "-1", "2022-11-01")
st(a, "rama", "united_kingdom",
   "Targeting Albanians (as some shamefully did when fighting for Brexit) as the cause of Britain's crime and border problems makes for easy rhetoric but ignores hard fact.",
   "-1", "2022-11-02")
st(a, "rama", "united_kingdom", "fight the crime gangs of all nationalities and stop discriminating", "-1", "2022-11-02")
st(a, "rama", "united_kingdom", "Ready to work closer with UK but facts are crucial. So is mutual respect.", "0", "2022-11-02")
st(a, "rama", "united_kingdom", "Britain was a role model in this and now is becoming like, I don't know, like a madhouse.", "-1", "2022-11-02")
st(a, "rama", "united_kingdom", "British representatives should come to Germany and quickly learn and fix their own problems", "-1", "2022-11-03")
st(a, "rama", "germany", "British representatives should come to Germany and quickly learn and fix their own problems", "1", "2022-11-03")
st(a, "sunak", "albania", "new guidance making it \"crystal clear that Albania is a safe country.\"", "1", "2022-12-13")
st(a, "sunak", "albania", "We are announcing a new deal with Albania to speed up the return of Albanian asylum seekers", "1", "2022-12-13")
st(a, "starmer", "sunak|united_kingdom", "Where there should have been solutions, we've had unworkable gimmicks.", "-1", "2022-12-13")
st(a, "rama", "united_kingdom|braverman", "Unfortunately we have seen ourselves and our community being singled out in this country for purposes of politics.", "-1", "2023-03-23")
st(a, "rama", "albanians_in_uk", "just as all Britons are not James Bond or Mr Bean, not all Albanians are some characters out of Taken", "1", "2023-03-23")
st(a, "rama", "sunak|united_kingdom", "While we are having very important signs of regret and of embarrassment that is, let's say, enough at this point.", "1", "2023-03-23|2023-03-24")
ev(a, "2023-03-29", "Westminster Hall, Wednesday 29 March 2023, 9.30am.")
ev(a, "2023-03-23", "visited Downing Street on Thursday 23 March 2023")
ev(a, "2022-10-31", "House of Commons, Monday 31 October 2022")
ev(a, "2022-12-13", "House of Commons, Tuesday 13 December 2022")
ev(a, "2022-11-08", "tabled on 8 November 2022 by Fiona Marr")
ev(a, "2022-11-14", "Withdrawn on 14 November 2022, unanswered.")
ns(a, "the Prime Minister's spokesman said Mr Sunak had always kept a \"factual, fair and compassionate\" tone on the issue",
   "self-description (an office describing its head's own tone), no other target")
ns(a, "Tirana Times, 3 November 2022: how the thread was read in Tirana.",
   "an outlet whose name contains the alias Tirana (albania); a press listing, not a statement")
ns(a, "To ask the Secretary of State for the Home Department, what evidence she holds for describing small-boat arrivals as an invasion.",
   "a written parliamentary question, withdrawn unanswered")

# --- cy-questions-munich --------------------------------------------------------------------------
a = "cy-questions-munich"  # published Wednesday 2025-05-07; a webinar's audience questions of Tuesday 6 May
st(a, "vance", "european_leaders|eu",
   "What I worry about is the threat from within, the retreat of Europe from some of its most fundamental values", "-1", "2025-02-14")
st(a, "pistorius", "vance", "If I understood him correctly, he is comparing conditions in parts of Europe with those under authoritarian regimes", "-1", "2025-02-14")
st(a, "scholz", "vance|united_states",
   "That is why we will not accept outsiders interfering in our democracy, in our elections and in the democratic formation of opinion",
   "-1", "2025-02-15")
st(a, "vance", "germany|european_leaders", "There is no room for firewalls.", "-1", "2025-02-14|")
st(a, "weidel", "vance", "Alice Weidel called it an \"impressive speech\"", "1", "2025-02-14|")
st(a, "merz", "vance", "almost an intrusive way of dealing with the Europeans, especially with us Germans", "-1", "2025-02-14|2025-02-15|2025-02")
st(a, "rubio", "germany", "Germany just gave its spy agency new powers to surveil the opposition. That's not democracy—it's tyranny in disguise.", "-1", "2025-05-02")
st(a, "german_foreign_office", "rubio",
   "This decision is the result of a thorough & independent investigation to protect our Constitution & the rule of law.", "-1", "2025-05-02")
st(a, "german_foreign_office", "afd", "We have learnt from our history that right-wing extremism needs to be stopped.", "-1", "2025-05-02")
st(a, "vance", "germany",
   "The West tore down the Berlin Wall together. And it has been rebuilt — not by the Soviets or the Russians, but by the German establishment.",
   "-1", "2025-05-02")
st(a, "habeck", "vance", "What Vance did yesterday is none of his business.", "-1", "2025-02-15")
st(a, "steinmeier", "united_states", "The new American administration has a world view that is different to ours.", "-1", "2025-02-14|")
st(a, "scholz", "vance", "The legacy of National Socialism has united Germany's democratic parties around a common principle", "-1", "2025-02-14|2025-02-15")
st(a, "scholz", "afd", "namely to ensure solid line of defence against far-right extremism", "-1", "2025-02-14|2025-02-15")
ev(a, "2025-05-06", "Tuesday 6 May 2025, 18:00–19:00 CEST")
ev(a, "2025-02-14", "In Munich on 14 February JD Vance said")
ev(a, "2025-02-14", "That was Pistorius, on Friday 14 February")
ev(a, "2025-05-06", "Today he needed a second ballot in the Bundestag to become Chancellor.")
ev(a, "2025-05-02", "Last Friday Marco Rubio posted: \"Germany just gave its spy agency new powers")
ev(a, "2025-02-15", "Robert Habeck on 15 February")
ns(a, "Didn't Scholz call the speech unacceptable on the Friday?", "a question that misattributes Pistorius's words to Scholz")
ns(a, "Not that we could find before the webinar.", "absence (no German answer found)")
ns(a, "If Vance comes back to Munich next February, will anyone invite him to speak?", "hypothetical question")

# --- cy-video-astana ------------------------------------------------------------------------------
a = "cy-video-astana"  # published Thursday 2022-11-03; a video page captured as text, comments in relative time
st(a, "vrublevsky", "russia",
   "We are trying to kill as many of them as possible. The more Russians we kill now, the less of them our children will have to kill.",
   "-1", "2022-08-21")
st(a, "kazakh_mfa|kazakhstan", "vrublevsky",
   "The Kazakh side expressed its position that such statements are inappropriate and inconvenient for the activities of the ambassador of a foreign state.",
   "-1", "2022-08-23")
st(a, "assembly_of_people", "vrublevsky", "such statements are unacceptable, no matter from whom they come.", "-1", "2022-08-23")
st(a, "zakharova", "kazakhstan",
   "This person reappeared in the capital of Kazakhstan, and clearly not in order to 'just pack his things and take his family.'", "-1", "2022-10-04")
st(a, "zakharova", "vrublevsky",
   "This person reappeared in the capital of Kazakhstan, and clearly not in order to 'just pack his things and take his family.'", "-1", "2022-10-04")
st(a, "zakharova", "vrublevsky", "take measures for the speedy final expulsion of this notorious nationalist.", "-1", "2022-10-04")
st(a, "smadiyarov", "zakharova|russia|russian_mfa",
   "not consistent with the nature of allied relations between Kazakhstan and Russia as equal strategic partners.", "-1", "2022-10-05")
st(a, "smadiyarov", "vrublevsky",
   "You know the situation in Ukraine, against this background such statements are unacceptable, because diplomacy is more aimed at rapprochement.",
   "-1", "2022-09-05")
st(a, "zakharova", "vrublevsky", "Zakharova also called him a \"militant Russophobe\".", "-1", "2022-10-04|2022-10")
st(a, "arsk", "vrublevsky", "had demanded in August that he be declared persona non grata", "-1", "2022-08")
st(a, "smadiyarov", "vrublevsky|ukraine", "were unacceptable and hurtful to the people of Kazakhstan, especially ethnic Russians", "-1", "2022-10-05")
st(a, "smadiyarov", "vrublevsky", "The ambassador of Ukraine has an undesirable status in our country.", "-1", "2022-10-05")
ev(a, "2022-10-12", "61,204 views · 12 Oct 2022")
ev(a, "2022-08-21", "00:48 Sunday 21 August: the interview")
ev(a, "2022-08-23", "03:12 Tuesday 23 August: the summons")
ev(a, "2022-09-05", "05:40 Monday 5 September: the apology")
ev(a, "2022-10-04", "07:55 Tuesday 4 October: Moscow's turn")
ev(a, "2022-10-18", "Kyiv recalled him on Tuesday 18 October by presidential decree")
ns(a, "The Ukrainian embassy in Astana never commented.", "absence (the embassy's silence)")
ns(a, "The Astana Times had the whole briefing.", "an outlet whose name contains the alias Astana (kazakhstan), not a speaker")
ns(a, "Why would Kuzairov cut it?", "a commenter's question")

# --- cy-diary-kampala -----------------------------------------------------------------------------
a = "cy-diary-kampala"  # published Monday 2023-11-20; media-use diary pages, one day per respondent
st(a, "biden", "uganda", "The enactment of Uganda's Anti-Homosexuality Act is a tragic violation of universal human rights", "-1", "2023-05-29")
st(a, "biden", "uganda", "I join with people around the world—including many in Uganda—in calling for its immediate repeal.", "-1", "2023-05-29")
st(a, "among", "", "The people of Uganda have spoken, and it is your duty now to enforce the law in a fair, steadfast, and firm manner", "", "2023-05-29")
st(a, "basalirwa", "united_states", "I think they were looking for my visa for the US but they didn't find it. So, the first victim is the speaker",
   "-1", "2023-05-29|2023-05-30")
st(a, "blinken", "uganda", "Uganda's Anti-Homosexuality Act (AHA) threatens the lives of its people as well as the country's prosperity.", "-1", "|2023-05")
st(a, "museveni", "world_bank", "Uganda will develop with or without loans.", "-1", "2023-08-09")
st(a, "museveni", "world_bank",
   "It is, therefore, unfortunate that the World Bank and other actors dare to want to coerce us into abandoning our faith", "-1", "2023-08-09")
st(a, "world_bank", "uganda", "Uganda's Anti-Homosexuality Act fundamentally contradicts the World Bank Group's values", "-1", "2023-08-08")
st(a, "oryem", "world_bank", "The World Bank has been put under pressure by the usual imperialists.", "-1", "2023-08|")
st(a, "museveni", "world_bank|united_states", "We do not need pressure from anybody to know how to solve problems in our society.", "-1", "2023-08-09")
st(a, "biden", "uganda", "the Government of Uganda has engaged in gross violations of internationally recognized human rights.", "-1", "2023-10-30")
st(a, "rwabwogo", "united_states", "It seems that they (the United States) have decided that Ugandans should be punished", "-1", "2023-11-01")
st(a, "rwabwogo", "united_states", "Ugandan farmers and small business owners will suffer", "-1", "2023-11-01")
ev(a, "2023-05-29", "Biden's statement was issued in Washington on Monday 29 May.")
ev(a, "2023-08-08", "What the bank said on Tuesday")
ev(a, "2023-08-09", "The President posted the letter on Wednesday 9 August.")
ev(a, "2023-10-30", "The letter to Congress is dated Monday 30 October")
ev(a, "2024-01-01", "Uganda leaves the trade scheme on 1 January 2024.")
ev(a, "2023-11-01", "Odrek Rwabwogo's statement came on Wednesday 1 November.")
ns(a, "A friend says America wants us to stay poor. I did not read this anywhere.", "hearsay of an unnamed private person, unverified")
ns(a, "the US mission declined to explain why.", "refusal")
ns(a, "said she had held no valid US visa since 12 May", "attributed fact without stance (the email's content)")

if __name__ == "__main__":
    GOLD.write(HERE)
