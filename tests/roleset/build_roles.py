#!/usr/bin/env python3
"""Build the geomap role test set (tests/roleset/roles.jsonl).

The articles below are original, invented news stories written by the geomap
developers for testing only.  Each one is annotated with the role that places
play in the story: venue, corridor, zone, party, plus a few merely-mentioned
places (role "place") that must NOT be promoted to any other role.

Run from anywhere:

    python tests/roleset/build_roles.py

The script validates every article (see ``validate``) and rewrites
``roles.jsonl`` next to this file, then prints the number of articles and the
number of expected items per role.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for roletools
from roletools import ROLES, finish_role_set, record_errors  # noqa: E402
SCENE_ROLES = ("venue", "corridor", "zone")  # every article needs one of these
MIN_WORDS, MAX_WORDS = 120, 250

OUT_PATH = Path(__file__).resolve().parent / "roles.jsonl"

# Each entry: id, title, body (text after the headline), expected roles.
# The full text is "<title>\n\n<body>", so the first line is the headline.
ARTICLES: list[dict] = [
    {
        "id": "role-001-cairo-gaza",
        "title": "Mediators reconvene in Cairo as aid backs up at Rafah crossing",
        "body": """\
Egyptian and Qatari mediators opened a new round of ceasefire talks in Cairo on Sunday, trying to close the remaining gaps over a phased truce in the Gaza Strip. Israel sent a delegation headed by senior intelligence officials, while Hamas negotiators flew in from Doha late on Saturday.

Egypt is pressing both sides to agree a timetable for reopening the Rafah crossing to people and goods, officials briefed on the talks said. More than 600 lorries carrying flour, fuel and medical supplies were waiting on the Egyptian side of the frontier, and aid groups said only a fraction had entered through the Kerem Shalom crossing over the past week.

Israel has insisted that its troops remain along the border strip until all hostages are released, a condition Hamas rejects. Qatar, which co-chairs the mediation, said in a statement that "meaningful progress" had been made on the sequencing of prisoner exchanges.

In Khan Younis, residents said strikes continued overnight. The Gaza health ministry reported 31 deaths in 24 hours. A second session is scheduled for Tuesday, diplomats said, with American envoys expected to join.""",
        "expected": {
            "venue": ["Cairo"],
            "corridor": ["Rafah crossing", "Kerem Shalom crossing"],
            "zone": ["Gaza Strip"],
            "party": ["Israel", "Egypt", "Qatar"],
            "place": ["Doha", "Khan Younis"],
        },
    },
    {
        "id": "role-002-istanbul-grain",
        "title": "Istanbul talks seek to revive Black Sea grain corridor",
        "body": """\
Turkey hosted Russian and Ukrainian delegations in Istanbul on Wednesday for talks aimed at restoring safe passage for cargo ships through the Black Sea grain corridor, a year after the previous arrangement lapsed.

Moscow said it would consider guarantees for merchant vessels only if Western restrictions on its agricultural bank were lifted. Kyiv rejected any linkage, saying its ships had kept sailing from Odesa under the protection of its own forces without Russian consent. Turkish officials proposed a joint inspection centre that would check vessels before they enter the Bosphorus, echoing the mechanism that operated under the original deal.

Insurance rates for ships calling at Ukrainian ports have fallen since the spring, brokers said, but remain several times higher than before the war. Importers such as Egypt and Lebanon, which rely heavily on foreign wheat, remain exposed to any renewed price swings.

A UN official attending the meeting described the atmosphere as "businesslike". The delegations agreed to meet again at technical level next month, and Ankara said it would circulate a draft text in the coming days.""",
        "expected": {
            "venue": ["Istanbul"],
            "corridor": ["Black Sea grain corridor", "Bosphorus"],
            "zone": [],
            "party": ["Turkey", "Moscow", "Kyiv", "Ankara"],
            "place": ["Odesa", "Egypt", "Lebanon"],
        },
    },
    {
        "id": "role-003-jeddah-sudan",
        "title": "Sudan's warring sides return to Jeddah-hosted talks",
        "body": """\
Delegations from Sudan's army and the paramilitary Rapid Support Forces arrived in the Saudi port city on Sunday for a fresh attempt at a humanitarian truce, their first face-to-face contact in months. The Jeddah-hosted talks are co-sponsored by Saudi Arabia and the United States, which said the aim was a short ceasefire to let food and medicine reach civilians rather than a comprehensive settlement.

Saudi Arabia said both sides had signed a declaration committing them to protect civilians, but aid agencies noted that similar pledges made in earlier rounds were ignored within days. The United States threatened further sanctions on commanders who block aid convoys.

Fighting continued in Khartoum and in the Kordofan region, residents said. The army-aligned government, which now operates largely from Port Sudan, has resisted including civilian groups in the process. The RSF delegation called for the talks to address the army's use of air strikes in residential neighbourhoods.

The United Nations estimates that more than 25 million people in the country face acute hunger. Mediators said the talks would continue through the weekend.""",
        "expected": {
            "venue": ["Jeddah"],
            "corridor": [],
            "zone": [],
            "party": ["Saudi Arabia", "United States"],
            "place": ["Khartoum", "Port Sudan"],
        },
    },
    {
        "id": "role-004-panmunjom-dmz",
        "title": "Koreas hold rare military talks at Panmunjom after DMZ shooting",
        "body": """\
North and South Korean officers met at Panmunjom on Thursday, the first military talks between the two sides in more than two years, after an exchange of fire inside the Demilitarized Zone earlier in the week.

South Korea's joint chiefs of staff said a group of about 20 North Korean soldiers crossed the military demarcation line on Monday while clearing vegetation and laying mines, prompting warning shots. North Korea accused the South of a "deliberate provocation" and said its troops had been working on their own side of the border.

At the truce village meeting, Seoul proposed a hotline between frontline units and advance notice of engineering work near the line. Pyongyang's delegation demanded an end to loudspeaker broadcasts, which the South resumed last year in response to balloons carrying rubbish that landed as far south as Paju.

The United Nations Command, which oversees the armistice, said it had been informed of the meeting in advance. No joint statement was issued, but both sides agreed to keep the military communication line open, officials said.""",
        "expected": {
            "venue": ["Panmunjom"],
            "corridor": [],
            "zone": ["Demilitarized Zone"],
            "party": ["South Korea", "North Korea", "Seoul", "Pyongyang"],
            "place": ["Paju"],
        },
    },
    {
        "id": "role-005-cyprus-buffer-zone",
        "title": "UN warns of tension in Cyprus buffer zone over roadworks near Pyla",
        "body": """\
The United Nations peacekeeping force in Cyprus said on Tuesday that Turkish Cypriot work crews had entered the buffer zone near the mixed village of Pyla to lay asphalt on a road, in what it called an unauthorised violation of the ceasefire lines.

Peacekeepers formed a line across the construction site and were pushed back, a UN spokesman said, adding that three peacekeepers had been lightly injured. The 180-kilometre zone, known as the Green Line, has separated the island's two communities since 1974 and is patrolled by about 800 UN troops.

Nicosia condemned the incident as a provocation and said it would raise the matter at the Security Council. Ankara defended the road, saying it would give residents of the village direct access to the north, and accused the peacekeepers of bias.

Diplomats said a compromise under discussion would let the road be built in exchange for Turkish Cypriot recognition of UN authority over the surrounding area. The secretary-general's envoy is expected on the island next week. Tourism officials in Larnaca, a short drive away, said the dispute had not affected bookings.""",
        "expected": {
            "venue": [],
            "corridor": [],
            "zone": ["Green Line"],
            "party": ["Nicosia", "Ankara"],
            "place": ["Larnaca"],
        },
    },
    {
        "id": "role-006-zaporizhzhia-iaea",
        "title": "IAEA chief renews call for exclusion zone around Zaporizhzhia nuclear plant",
        "body": """\
The head of the UN nuclear watchdog renewed his call on Monday for a protection zone around the Zaporizhzhia nuclear plant after a drone struck a training building near one of its six reactors. No radiation leak was detected, the International Atomic Energy Agency said.

Speaking to the agency's board of governors at its meeting in Vienna, the director general said the plant, Europe's largest, had lost its last backup power line twice this month and was relying on diesel generators. "We are rolling the dice," he said.

Russia, whose forces have occupied the plant since early in the war, blamed Ukraine for the strike. Ukraine denied involvement and accused Moscow of staging attacks to justify its continued presence. IAEA inspectors stationed on site said they could not determine who launched the drone.

Cooling water has become a growing concern since the Kakhovka reservoir drained, and the plant now depends on wells dug after the dam's destruction. Residents of nearby Enerhodar, many of whom worked at the station, reported intermittent electricity and water supplies. The director general said he planned to visit both capitals before the next board session.""",
        "expected": {
            "venue": ["Vienna"],
            "corridor": [],
            "zone": ["Zaporizhzhia nuclear plant"],
            "party": ["Russia", "Ukraine", "Moscow"],
            "place": ["Enerhodar", "Kakhovka reservoir"],
        },
    },
    {
        "id": "role-007-hormuz-tanker",
        "title": "Iran seizes oil tanker in Strait of Hormuz",
        "body": """\
Iranian naval forces seized a Marshall Islands-flagged oil tanker in the Strait of Hormuz early on Thursday, the latest in a string of maritime incidents in the waterway through which about a fifth of the world's oil passes.

The Revolutionary Guards said the vessel, carrying crude bound for Singapore, had collided with an Iranian fishing boat and failed to stop. Footage aired on state television showed commandos descending onto the deck from a helicopter. The tanker was escorted to Bandar Abbas, the Guards said.

Washington condemned the seizure as "an act of piracy" and said a destroyer operating in the Gulf of Oman had monitored the incident. Iran dismissed the criticism and warned foreign navies against interfering in what it called its territorial waters.

The ship's Greek manager said the 23 crew members were safe. Brent crude rose nearly two per cent in early trading. Shipping insurers said war-risk premiums for voyages through the strait had already doubled since the start of the year, and some owners were considering loading cargoes at Fujairah instead.""",
        "expected": {
            "venue": [],
            "corridor": ["Strait of Hormuz"],
            "zone": [],
            "party": ["Iran", "Washington"],
            "place": ["Marshall Islands", "Singapore", "Bandar Abbas", "Fujairah"],
        },
    },
    {
        "id": "role-008-red-sea-bab-el-mandeb",
        "title": "Houthi missiles target ships near Bab el-Mandeb as insurers retreat",
        "body": """\
Yemen's Houthi movement fired two anti-ship missiles at a container vessel in the southern Red Sea on Saturday, the ship's operator said, in the third attack this week on commercial traffic approaching the Bab el-Mandeb strait.

The missiles missed and the vessel continued its voyage towards the Suez Canal, but the incident deepened concern among shipping lines that had only recently begun returning to the route. The United States said one of its destroyers shot down a drone launched from the coast near Hodeidah.

A Houthi spokesman said the group would keep targeting vessels it considers hostile until its demands were met. Iran, which arms the group, denied directing the attacks.

Traffic through the narrow strait has fallen by more than half since the campaign began, forcing carriers to send ships on a much longer journey around Africa and adding roughly ten days to voyages. A European naval force based in Djibouti said it had escorted 14 merchant ships this month. Maritime security firms advised vessels to keep their automatic identification systems switched on and to report suspicious small craft.""",
        "expected": {
            "venue": [],
            "corridor": ["Bab el-Mandeb", "Suez Canal"],
            "zone": [],
            "party": ["United States", "Iran"],
            "place": ["Hodeidah", "Djibouti"],
        },
    },
    {
        "id": "role-009-brussels-kosovo",
        "title": "Serbia and Kosovo leaders meet in Brussels as Jarinje crossing reopens",
        "body": """\
The leaders of Serbia and Kosovo met in Brussels on Monday for the first EU-facilitated talks in nine months, hours after the Jarinje crossing on their shared boundary reopened following a week-long blockade by local Serbs.

The EU's special envoy said the meeting focused on implementing an agreement reached last year, including the creation of an association of Serb-majority municipalities. Belgrade says the association is a precondition for any further steps; Pristina argues it must not be given executive powers that would undermine the state.

Kosovo agreed to reduce the number of special police units deployed in the north, according to a statement from the envoy's office, while Serbia agreed to stop issuing documents to residents that the authorities in Pristina do not recognise. Neither leader spoke to reporters after the session.

Tensions in the region rose sharply after an armed clash near a monastery two years ago. Shops in Mitrovica reopened on Monday as lorries resumed crossing. NATO peacekeepers, who had stepped up patrols during the blockade, said the situation was calm.""",
        "expected": {
            "venue": ["Brussels"],
            "corridor": ["Jarinje crossing"],
            "zone": [],
            "party": ["Serbia", "Kosovo", "Belgrade", "Pristina"],
            "place": ["Mitrovica"],
        },
    },
    {
        "id": "role-010-pretoria-tigray",
        "title": "Ethiopia and Tigrayan leaders review truce in Pretoria",
        "body": """\
Representatives of Ethiopia's federal government and the Tigray People's Liberation Front met in Pretoria on Wednesday to review progress on the peace agreement that ended two years of war in the north of the country.

The African Union panel overseeing the deal said the two sides had agreed to speed up the disarmament of Tigrayan fighters and the return of displaced people to their homes. Ethiopia pledged to restore the region's budget allocation in full by the end of the fiscal year.

Aid agencies said lorries were moving more freely along the road from Semera to Mekelle, the main supply route into the region, although checkpoints continued to cause delays. Fuel shortages have eased, they said, but banks in several towns remain closed.

Military commanders from both sides will meet in Nairobi next week to discuss the withdrawal of remaining foreign troops from areas near the northern border, which were not covered by the original agreement. Diplomats in Addis Ababa described the Pretoria meeting as "constructive but slow" and said the timetable for elections in the region was still unclear.""",
        "expected": {
            "venue": ["Pretoria", "Nairobi"],
            "corridor": ["Semera", "Mekelle"],
            "zone": [],
            "party": ["Ethiopia"],
            "place": ["Addis Ababa"],
        },
    },
    {
        "id": "role-011-washington-drc-rwanda",
        "title": "DR Congo and Rwanda sign peace deal in Washington",
        "body": """\
The foreign ministers of the Democratic Republic of Congo and Rwanda signed a peace agreement in Washington on Friday, committing to end support for armed groups operating across their shared border in the mineral-rich east.

Under the deal, Rwanda agreed to withdraw what the text calls "defensive measures" from Congolese territory within 90 days, while its neighbour pledged to dismantle the FDLR, a militia founded by Hutu extremists that Kigali regards as an existential threat. A joint security coordination mechanism will meet monthly.

The agreement does not directly bind the M23 rebels, who control Goma and large parts of North Kivu province. The rebels have said they will negotiate separately with Kinshasa in a parallel process.

US officials said the accord would open the way for American investment in the region's cobalt, copper and coltan. Congolese civil society groups welcomed the signing but warned that previous agreements had collapsed quickly. In Bukavu, residents said they would judge the deal by whether the fighting stopped. The UN says more than seven million people are displaced in the country.""",
        "expected": {
            "venue": ["Washington"],
            "corridor": [],
            "zone": ["Goma", "North Kivu"],
            "party": ["Democratic Republic of Congo", "Rwanda", "Kigali", "Kinshasa"],
            "place": ["Bukavu"],
        },
    },
    {
        "id": "role-012-essequibo",
        "title": "Venezuela and Guyana trade accusations over Essequibo ahead of Bridgetown meeting",
        "body": """\
Venezuela and Guyana accused each other on Tuesday of escalating their dispute over the Essequibo, an oil-rich region that Guyana administers and Venezuela claims, days before their foreign ministers are due to meet in Bridgetown.

Guyana said Venezuelan soldiers had fired on a supply boat on the Cuyuni River, which forms part of the border, wounding two soldiers. Caracas said its troops had responded to an incursion by "armed groups" and announced the appointment of a military governor for the territory it calls Guayana Esequiba.

The dispute revived after large offshore oil discoveries turned Guyana into one of the world's fastest-growing economies. Venezuela rejects the jurisdiction of the International Court of Justice, which is hearing the case, and held a referendum endorsing its claim.

Caribbean governments, which helped broker a pledge by the two presidents not to use force, said the Bridgetown talks would focus on de-escalation and a communication channel between the two militaries. Farmers in Roraima, across the frontier in Brazil, said they had seen more military traffic on local roads in recent weeks.""",
        "expected": {
            "venue": ["Bridgetown"],
            "corridor": [],
            "zone": ["Essequibo"],
            "party": ["Venezuela", "Guyana", "Caracas"],
            "place": ["Cuyuni River", "Roraima", "Brazil"],
        },
    },
    {
        "id": "role-013-chushul-galwan",
        "title": "India and China agree to restore patrols after talks at Chushul",
        "body": """\
Indian and Chinese military commanders agreed on Sunday to restore limited patrolling in two areas along their disputed Himalayan frontier, following a new round of talks at the Chushul border meeting point.

India said the understanding covered Depsang, a high plateau where Chinese troops have blocked Indian patrols for years, and a stretch of pastureland further south. China said the two armies would also review the buffer zones set up in the Galwan Valley after a deadly clash that killed 20 Indian soldiers and at least four Chinese troops.

Beijing described the talks as "candid and in-depth" and urged New Delhi to keep the border issue "in its appropriate place" in overall relations. Indian officials said troop levels along the Line of Actual Control remained high, with tens of thousands of soldiers deployed by each side.

Analysts said the agreement could smooth the way for a meeting between the two countries' leaders at a regional summit later this year. Residents of Leh, the main town in Ladakh, said the army was building new roads and tunnels to speed up movement to forward posts.""",
        "expected": {
            "venue": ["Chushul"],
            "corridor": [],
            "zone": ["Galwan Valley", "Depsang"],
            "party": ["India", "China", "Beijing", "New Delhi"],
            "place": ["Leh", "Ladakh"],
        },
    },
    {
        "id": "role-014-kashmir-loc",
        "title": "India and Pakistan exchange fire across Line of Control in Kashmir",
        "body": """\
Indian and Pakistani troops exchanged artillery and small-arms fire across the Line of Control in Kashmir overnight, officials on both sides said, the most serious violation of a ceasefire agreement that had largely held for four years.

India's army said Pakistani posts opened fire on positions in the Poonch sector without provocation and that its troops had "responded effectively". Islamabad accused Indian forces of targeting villages, killing a woman and injuring five civilians, and summoned India's deputy high commissioner to lodge a protest.

The exchange followed an attack on a bus carrying pilgrims last month that India blamed on militants based across the border. Pakistan denied any role and called for an international investigation.

The two countries' directors general of military operations spoke over their hotline on Tuesday and agreed to "strictly observe" the ceasefire, according to a brief statement. Schools near the de facto border were closed as a precaution. In Srinagar, security was tightened ahead of local elections. Both countries claim the Himalayan region in full but each administers only part of it.""",
        "expected": {
            "venue": [],
            "corridor": [],
            "zone": ["Kashmir"],
            "party": ["India", "Pakistan", "Islamabad"],
            "place": ["Poonch", "Srinagar"],
        },
    },
    {
        "id": "role-015-unifil-litani",
        "title": "UNIFIL says Israeli troops still hold five points in south Lebanon",
        "body": """\
The UN peacekeeping force in southern Lebanon said on Friday that Israeli troops were still holding five hilltop positions north of the Blue Line, weeks after a deadline for their withdrawal under the ceasefire agreement.

UNIFIL, which has about 10,000 troops in its area of responsibility between the Litani River and the border, said the Lebanese army had deployed to dozens of former Hezbollah sites and removed weapons caches with the help of peacekeepers. Under the truce, only Lebanese state forces and the UN may carry arms south of the Litani.

Israel said the positions would remain until it was satisfied that Hezbollah could not rebuild near the frontier. Beirut called the continued presence an occupation and a breach of the deal, and asked the monitoring committee chaired by American and French officers to intervene. The committee met on Thursday at the UNIFIL headquarters in Naqoura.

Residents returning to villages near Tyre reported widespread destruction. In Kiryat Shmona, local authorities said fewer than half of evacuated families had come back. Lebanon has asked the Security Council to renew the peacekeepers' mandate for another year.""",
        "expected": {
            "venue": ["Naqoura"],
            "corridor": [],
            "zone": ["Litani River"],
            "party": ["Israel", "Beirut", "Lebanon"],
            "place": ["Tyre", "Kiryat Shmona"],
        },
    },
    {
        "id": "role-016-bender-transnistria",
        "title": "Moldova and Transnistria hold talks in Bender as gas crisis deepens",
        "body": """\
Negotiators for Moldova and its breakaway region of Transnistria met in Bender on Thursday to discuss emergency energy supplies, as the Russian-backed enclave entered a third week without gas deliveries.

Transnistria, a narrow strip of land along the Dniester river where about 1,500 Russian troops are stationed, had relied on free Russian gas for three decades. Supplies stopped when the transit contract expired at the turn of the year, forcing the region's main power station to switch to coal and leaving many households without heating.

Moldova offered to help buy gas on European markets on condition that the supplies be paid for, and proposed importing electricity from Romania. Tiraspol rejected the conditions, saying Chisinau was using the crisis to force political concessions. Russia accused the Moldovan government of "blackmail" and said it was looking for ways to resume deliveries.

The chief government negotiator said after the meeting that some progress had been made on humanitarian supplies. Factories in the region have halted production and thousands of workers have been sent home. EU officials said they were ready to provide financial support to both banks of the river.""",
        "expected": {
            "venue": ["Bender"],
            "corridor": [],
            "zone": ["Transnistria"],
            "party": ["Moldova", "Tiraspol", "Chisinau", "Russia"],
            "place": ["Romania"],
        },
    },
    {
        "id": "role-017-taiwan-strait",
        "title": "China launches large-scale drills around Taiwan",
        "body": """\
China's military began two days of large-scale exercises around Taiwan on Monday, deploying warships and fighter jets to simulate a blockade of the island's main ports, days after Taiwan's president gave a speech that Beijing condemned as separatist.

The Eastern Theatre Command said navy, air force and coast guard units were taking part in drills in the Taiwan Strait and to the north, south and east of the island. State media published maps showing exercise areas close to Keelung and Kaohsiung.

Taipei said it had detected 71 Chinese aircraft and 21 naval vessels and had put its forces on alert, calling the exercises an "irrational provocation". Taiwan's coast guard said it was shadowing Chinese vessels near the outlying Kinmen islands.

Shipping data showed most commercial traffic continued to move through the strait, although some container lines adjusted their schedules. Analysts said the drills were larger than those held last year and appeared designed to rehearse cutting off energy imports to the island, which buys almost all of its fuel from abroad.""",
        "expected": {
            "venue": [],
            "corridor": ["Taiwan Strait"],
            "zone": [],
            "party": ["China", "Taiwan", "Beijing", "Taipei"],
            "place": ["Keelung", "Kaohsiung", "Kinmen"],
        },
    },
    {
        "id": "role-018-lachin-corridor",
        "title": "Azerbaijan sets up checkpoint on Lachin corridor as Armenia protests",
        "body": """\
Azerbaijan installed a checkpoint on Sunday at the entrance to the Lachin corridor, the mountain road that has served as the only lifeline for the ethnic Armenian enclave of Nagorno-Karabakh, tightening its grip on a route that has been largely closed for four months.

Baku said the post at the Hakari bridge was needed to stop weapons and mines being brought into the region, and that civilians and humanitarian cargo would be allowed through after inspection. Armenia called the move a gross violation of the 2020 ceasefire declaration and said it amounted to a blockade of about 120,000 people.

Russian peacekeepers, deployed under the truce, did not intervene. Yerevan accused Moscow of failing in its duty to keep the route open, in a sign of deepening frustration with its traditional ally.

Residents of Nagorno-Karabakh have faced shortages of food, fuel and medicine since protesters describing themselves as environmental activists blocked the road in December. The Red Cross has been able to ferry limited supplies and evacuate some patients. In Goris, the last Armenian town before the border, lorries loaded with flour waited by the roadside.""",
        "expected": {
            "venue": [],
            "corridor": ["Lachin corridor", "Hakari bridge"],
            "zone": ["Nagorno-Karabakh"],
            "party": ["Azerbaijan", "Armenia", "Baku", "Yerevan", "Moscow"],
            "place": ["Goris"],
        },
    },
    {
        "id": "role-019-torkham-crossing",
        "title": "Pakistan closes Torkham crossing after border clash",
        "body": """\
Pakistan shut the Torkham crossing, the busiest trade route on its western border, on Wednesday after Afghan and Pakistani border guards exchanged fire over the construction of a new post, officials said.

Hundreds of lorries carrying fruit, coal and cement were stranded on both sides of the Khyber Pass, and traders said perishable goods were rotting in the heat. Customs officials in Peshawar estimated losses at about $1.5 million a day.

Kabul said Pakistani forces had fired first and that the Taliban administration had the right to build facilities on its own soil. Islamabad accused Afghan troops of erecting a structure in violation of existing understandings and said the crossing would remain closed until the work stopped. Pakistani officials have also been pressing the Taliban to act against militants they blame for a wave of attacks in the northwest.

Some traffic was diverted to the Chaman crossing in the south, but drivers reported long queues there. Tribal elders from both sides met at the frontier on Thursday in an attempt to mediate. In Jalalabad, the nearest major Afghan city, wholesale prices for flour rose by a fifth.""",
        "expected": {
            "venue": [],
            "corridor": ["Torkham crossing", "Khyber Pass", "Chaman crossing"],
            "zone": [],
            "party": ["Pakistan", "Kabul", "Islamabad"],
            "place": ["Peshawar", "Jalalabad"],
        },
    },
    {
        "id": "role-020-geneva-libya",
        "title": "Libyan military commission resumes Geneva round on foreign forces",
        "body": """\
Military officers from Libya's rival eastern and western camps resumed talks in Geneva on Tuesday under UN auspices, aiming to agree a timetable for the departure of foreign fighters and mercenaries from the country.

The Geneva round, the first in almost a year, brought together the so-called 5+5 joint military commission, which negotiated the ceasefire that ended the last major battle for the capital. Participants discussed reinforcing the demilitarised zone around Sirte and Jufra, where the two sides' forces face each other, and reopening the coastal road to civilian traffic.

The UN envoy said progress depended on the cooperation of foreign states with forces on the ground. Ankara said its military advisers were in Libya at the invitation of the internationally recognised government and should not be treated in the same way as mercenaries.

In Benghazi, a spokesman for the eastern commander said his forces were ready to pull units back from the front line if Turkish troops also left. Diplomats said the talks would run until Friday and that a joint statement was possible.""",
        "expected": {
            "venue": ["Geneva"],
            "corridor": [],
            "zone": ["Sirte", "Jufra"],
            "party": ["Ankara"],
            "place": ["Benghazi"],
        },
    },
    {
        "id": "role-021-muscat-yemen",
        "title": "Saudi and Houthi negotiators meet in Muscat on prisoners and Taiz roads",
        "body": """\
Saudi and Houthi negotiators held talks in Muscat this week on a prisoner exchange and the reopening of roads into Taiz, a city besieged by Houthi forces for most of the war, Omani and Yemeni sources said.

Oman, which has mediated between the sides for several years, said the discussions were "positive" and that technical teams would meet again. Saudi Arabia wants a permanent ceasefire along its southern border and guarantees against cross-border drone attacks; the Houthis are seeking the payment of public-sector salaries from oil revenues.

The internationally recognised government, which is based in Aden, was briefed on the talks but did not send a delegation, officials said. It has warned that any deal reached without it would not be binding.

Taiz, the country's third-largest city, has been cut off from the main roads to the east for years, forcing residents to use a mountain track that turns a ten-minute drive into a journey of several hours. Aid agencies say the siege has driven up the prices of food and water. A UN-brokered truce has largely held on the main front lines.""",
        "expected": {
            "venue": ["Muscat"],
            "corridor": [],
            "zone": ["Taiz"],
            "party": ["Oman", "Saudi Arabia"],
            "place": ["Aden"],
        },
    },
    {
        "id": "role-022-havana-colombia",
        "title": "Colombia and ELN rebels resume peace talks in Havana",
        "body": """\
Colombia's government and the National Liberation Army (ELN) resumed peace negotiations in Havana on Monday, four months after talks stalled over a series of rebel attacks on military bases in the northeast.

Government negotiators said they would seek to extend the bilateral ceasefire and agree rules for the ELN's participation in local consultations on the country's future. The rebels, who have fought the state since 1964, demanded that Bogotá suspend military operations in the Catatumbo region, where fighting with a rival armed group has displaced thousands of people.

Cuba, one of the guarantor countries, said it was ready to host as many rounds as needed. The next cycle is expected to take place in Caracas, and Venezuela has offered to help verify any ceasefire along the shared border.

Critics of the process argue that the ELN has used previous pauses to expand into new territory, including in Arauca and along the Pacific coast. The group is estimated to have about 6,000 members. Colombia's defence ministry said troops would remain deployed in the northeast while the talks continued.""",
        "expected": {
            "venue": ["Havana", "Caracas"],
            "corridor": [],
            "zone": [],
            "party": ["Colombia", "Bogotá", "Cuba", "Venezuela"],
            "place": ["Catatumbo", "Arauca"],
        },
    },
    {
        "id": "role-023-sagaing-no-fly-zone",
        "title": "ASEAN ministers debate no-fly zone over Myanmar's Sagaing region",
        "body": """\
Southeast Asian foreign ministers meeting in Kuala Lumpur on Saturday discussed a proposal for a no-fly zone over Sagaing, the central Myanmar region that has borne the brunt of military air strikes since the 2021 coup.

Malaysia, which chairs the regional bloc this year, said it would ask the military government to halt air attacks on civilian areas, citing a strike on a monastery that killed at least 30 people last week. The proposal, put forward by exile groups, would require outside enforcement, diplomats said, and had little chance of being adopted.

Naypyidaw rejected the idea as interference in the country's internal affairs and said its forces were targeting "terrorists". Thailand said it favoured dialogue over pressure and offered to host talks between the generals and their opponents.

Resistance forces control much of the countryside in Sagaing, and fighting has spread to the outskirts of Mandalay, the country's second city. The United Nations says more than three million people have been displaced nationwide. Relief groups in Mae Sot, on the Thai side of the border, said demand for medical supplies had risen sharply.""",
        "expected": {
            "venue": ["Kuala Lumpur"],
            "corridor": [],
            "zone": ["Sagaing"],
            "party": ["Malaysia", "Naypyidaw", "Thailand"],
            "place": ["Mandalay", "Mae Sot"],
        },
    },
    {
        "id": "role-024-el-fasher-siege",
        "title": "Famine warnings as siege of El Fasher enters second year",
        "body": """\
Aid agencies warned on Wednesday that tens of thousands of people trapped in El Fasher face starvation, as the Rapid Support Forces tightened their siege of the last major city in Darfur still held by Sudan's army.

Satellite images analysed by researchers showed the paramilitary group had completed an earthen berm around much of the city, cutting the remaining routes used to smuggle in food. A local emergency committee said families were eating animal fodder and that the main market had been shelled twice this week.

Sudan's government accused the United Arab Emirates of supplying the RSF with drones and weapons through neighbouring countries. Abu Dhabi denied the accusation and said its focus was on humanitarian relief.

Hundreds of thousands of people have fled to Tawila, about 60 kilometres to the west, where camps are overflowing. The UN's World Food Programme said lorries carrying sorghum and nutrition supplies had entered Darfur through the Adre crossing on the border with Chad but could not reach the besieged city because of fighting. Officials called on both sides to agree a humanitarian pause.""",
        "expected": {
            "venue": [],
            "corridor": ["Adre crossing"],
            "zone": ["El Fasher"],
            "party": ["Sudan", "Abu Dhabi"],
            "place": ["Tawila", "Chad"],
        },
    },
    {
        "id": "role-025-sochi-idlib",
        "title": "Turkey and Russia agree to restore Idlib demilitarised zone after shelling",
        "body": """\
Turkish and Russian defence officials meeting in Sochi agreed on Thursday to restore the demilitarised zone around Idlib, the last major opposition-held enclave in north-western Syria, after a week of shelling killed at least 25 civilians.

Under the arrangement, heavy weapons are to be pulled back 15 to 20 kilometres from the front line, and joint patrols will resume along the M4 highway, which runs east to west across the enclave. Turkey, which has thousands of troops at observation posts inside the zone, said it would deploy additional units to enforce the deal.

Russia accused armed groups in Idlib of launching drones at its Hmeimim air base and said it reserved the right to respond. Damascus, which was not represented at the meeting, said it would continue operations against "terrorists" wherever they were found.

The United Nations says about three million people live in the province, many of them displaced from other parts of the country. Aid convoys continued to enter the enclave through the Bab al-Hawa crossing on the Turkish border, the organisation said.""",
        "expected": {
            "venue": ["Sochi"],
            "corridor": ["M4 highway", "Bab al-Hawa crossing"],
            "zone": ["Idlib"],
            "party": ["Turkey", "Russia", "Damascus"],
            "place": ["Hmeimim"],
        },
    },
    {
        "id": "role-026-druzhba-pipeline",
        "title": "Hungary and Slovakia lose Druzhba oil supplies after drone strike",
        "body": """\
Oil deliveries to Hungary and Slovakia through the Druzhba pipeline were suspended on Monday after a drone strike damaged a pumping station in Russia's Bryansk region, the pipeline operators said.

Ukraine's military said it had hit the Unecha station as part of a campaign against energy infrastructure that funds Russia's war effort. Budapest accused Kyiv of attacking its energy security and summoned the Ukrainian ambassador. Slovakia said it was considering halting emergency electricity exports to its neighbour if supplies were not restored within days.

Both countries still rely heavily on Russian crude, despite EU efforts to phase out imports. Croatian officials said the Adriatic pipeline could make up part of the shortfall, though the Hungarian government has argued that the route lacks capacity and is too expensive.

The Russian pipeline operator said repairs would take at least five days. The European Commission said there was no immediate risk to supply security in the region, as refineries held stocks for several weeks. The incident was the third attack on the pipeline's Russian section this month.""",
        "expected": {
            "venue": [],
            "corridor": ["Druzhba pipeline", "Adriatic pipeline"],
            "zone": [],
            "party": ["Ukraine", "Budapest", "Kyiv", "Slovakia"],
            "place": ["Bryansk", "Unecha"],
        },
    },
    {
        "id": "role-027-nord-stream",
        "title": "Germany charges suspect over Nord Stream pipeline sabotage",
        "body": """\
German federal prosecutors on Wednesday charged a Ukrainian diving instructor with helping to blow up the Nord Stream gas pipelines in the Baltic Sea, the most significant step yet in the investigation into the 2022 explosions.

The suspect is accused of being part of a small team that sailed a chartered yacht from Rostock and placed explosives on the pipelines near the Danish island of Bornholm. Germany had issued a European arrest warrant for a second suspect, but Warsaw refused to extradite him, saying an attack on Russian infrastructure in wartime could not be treated as a crime under its law.

Kyiv has repeatedly denied any involvement. Moscow called the investigation a cover-up and demanded to take part in it, a request Berlin has rejected.

Three of the four strands of the pipeline system were destroyed, and none of them has carried gas since. Danish and Swedish authorities closed their own inquiries last year without naming suspects. The defendant's lawyer said his client would plead not guilty and described the evidence against him as circumstantial.""",
        "expected": {
            "venue": [],
            "corridor": ["Nord Stream"],
            "zone": [],
            "party": ["Germany", "Warsaw", "Kyiv", "Moscow", "Berlin"],
            "place": ["Rostock", "Bornholm"],
        },
    },
    {
        "id": "role-028-south-ossetia",
        "title": "Georgia raises detentions along South Ossetia line at Geneva round",
        "body": """\
Georgian officials used the latest Geneva round of international discussions on Thursday to protest against the detention of villagers along the boundary line with Russian-occupied South Ossetia, which they say has increased sharply this year.

Tbilisi said 14 people had been detained since January by Russian and South Ossetian border guards for allegedly crossing the line while collecting firewood or tending livestock. Most were released after paying fines. Georgia also accused Russia of moving fences and signposts deeper into Georgian-controlled territory, a practice known as "borderisation".

Russia, which recognised the region's independence after the 2008 war and keeps troops there, said the detentions were a matter for the local authorities. The talks, co-chaired by the EU, the UN and the OSCE, ended without agreement, as they have for years.

The sides agreed to convene the next incident prevention meeting in Ergneti, a village on the line itself, later this month. The EU monitoring mission, which patrols only on the Georgian-controlled side, said it had recorded new fences near Khurvaleti in recent weeks.""",
        "expected": {
            "venue": ["Geneva", "Ergneti"],
            "corridor": [],
            "zone": ["South Ossetia"],
            "party": ["Georgia", "Tbilisi", "Russia"],
            "place": ["Khurvaleti"],
        },
    },
    {
        "id": "role-029-guerguerat-western-sahara",
        "title": "Morocco and Polisario trade fire near Guerguerat crossing",
        "body": """\
Moroccan troops and Polisario Front fighters exchanged fire near the Guerguerat crossing on the border with Mauritania on Saturday, the UN mission in Western Sahara said, in the latest flare-up of a conflict that reignited after a decades-old ceasefire collapsed.

The crossing, a vital artery for overland trade, passes through a narrow strip of the UN-monitored buffer zone. The Polisario, which seeks independence for the disputed territory, said its units had shelled Moroccan positions along the sand berm. Rabat said the attacks caused no casualties and accused Algeria of arming and sheltering the movement.

Algiers rejected the accusation and reiterated its support for a referendum on self-determination. The UN secretary-general's personal envoy is expected to visit Tindouf, where the Polisario has its base and tens of thousands of Sahrawi refugees live in camps.

Lorry drivers reported delays of several hours but said the crossing remained open. The Security Council is due to vote next month on renewing the mandate of the peacekeeping mission, which Morocco wants limited to ceasefire monitoring.""",
        "expected": {
            "venue": [],
            "corridor": ["Guerguerat crossing"],
            "zone": ["Western Sahara"],
            "party": ["Rabat", "Algiers", "Morocco"],
            "place": ["Mauritania", "Tindouf"],
        },
    },
    {
        "id": "role-030-kerch-strait",
        "title": "Russia halts shipping in Kerch Strait after sea drone attack",
        "body": """\
Russia temporarily suspended civilian shipping through the Kerch Strait on Tuesday after what it said was an attack by Ukrainian sea drones on the road and rail bridge that spans the waterway.

The defence ministry said two drones were destroyed before reaching the structure and that traffic on the Crimean Bridge was halted for several hours as a precaution. Kyiv did not claim responsibility, but a navy spokesman said the bridge was "a legitimate military target" used to supply troops occupying Crimea.

The strait is the only passage for ships travelling to and from ports on the Sea of Azov, and Moscow has required vessels heading there to undergo inspection for several years. Ferry services across the strait were also cancelled.

Ukraine said separately that it had struck an ammunition depot near Dzhankoi, in the north of the peninsula, destroying several warehouses. Local officials in Sevastopol reported air-raid alerts through the night, and residents described hearing explosions near the harbour. Shipping agents said dozens of vessels were waiting at anchor for permission to pass.""",
        "expected": {
            "venue": [],
            "corridor": ["Kerch Strait", "Crimean Bridge"],
            "zone": ["Crimea"],
            "party": ["Russia", "Kyiv", "Moscow", "Ukraine"],
            "place": ["Dzhankoi", "Sevastopol"],
        },
    },
    {
        "id": "role-031-doha-afghanistan",
        "title": "Taliban attend UN-convened envoys' meeting in Doha",
        "body": """\
Representatives of Afghanistan's Taliban administration took part on Sunday in a UN-convened meeting of special envoys in Doha, the first time the group has joined the gathering since it returned to power.

Kabul sent a delegation led by its chief spokesman, who said the Taliban wanted the discussions to focus on lifting banking restrictions and on counter-narcotics cooperation, not on what he called internal matters. Afghan women's groups were not invited, a decision that drew criticism from human rights organisations.

The hosts said the aim was to build trust step by step. Several regional envoys called for more support for cross-border trade, while Western delegations raised the ban on girls' secondary education and the restrictions on women working for aid groups.

The Taliban's supreme leader, who lives in Kandahar and rarely appears in public, has shown little willingness to reverse the restrictions. Aid agencies say more than 20 million Afghans need humanitarian assistance this year. Officials said the envoys would meet again in Doha later in the year, without committing to a date, and that working groups would meet in the meantime.""",
        "expected": {
            "venue": ["Doha"],
            "corridor": [],
            "zone": [],
            "party": ["Kabul"],
            "place": ["Kandahar"],
        },
    },
]


def build_record(article: dict) -> dict:
    text = article["title"] + "\n\n" + article["body"]
    expected = {role: list(article["expected"].get(role, [])) for role in ROLES}
    return {"id": article["id"], "title": article["title"], "text": text, "expected": expected}


def validate(records: list[dict]) -> list[str]:
    errors = record_errors(records, r"role-\d{3}-[a-z0-9-]+", MIN_WORDS, MAX_WORDS,
                           lambda rec: [(role, rec["expected"][role]) for role in ROLES])
    for rec in records:
        exp = rec["expected"]
        unknown = set(exp) - set(ROLES)
        if unknown:
            errors.append(f"{rec['id']}: unknown roles {sorted(unknown)}")
        if not any(exp[r] for r in SCENE_ROLES):
            errors.append(f"{rec['id']}: needs at least one venue, corridor or zone")
    return errors


def main() -> int:
    records = [build_record(a) for a in ARTICLES]
    return finish_role_set(records, validate(records), OUT_PATH)


if __name__ == "__main__":
    sys.exit(main())
