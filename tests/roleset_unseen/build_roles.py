#!/usr/bin/env python3
"""Build the unseen role set (tests/roleset_unseen/roles.jsonl).

Original, invented news stories written for geomap's tests only, about situations
that tests/roleset, tests/devset, tests/heldout and tests/situations do not cover,
plus ordinary news (business, sport, local politics, weather, health) in which no
place is a venue, corridor or zone. Nothing in geomap is tuned on this set: the
role rules are developed against the sentences in tests/test_roles_unseen.py.

Same record format as tests/roleset, with one optional key more: ``unscored``
lists names whose role is arguable; they are scored neither as expected roles
nor as false ones.

    python tests/roleset_unseen/build_roles.py
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, for roletools
from roletools import ROLES, finish_role_set, record_errors  # noqa: E402
MIN_WORDS, MAX_WORDS = 60, 250
ID_PATTERN = r"unseen-\d{3}-[a-z0-9-]+"

OUT_PATH = Path(__file__).resolve().parent / "roles.jsonl"


def art(id, title, body, venue=(), corridor=(), zone=(), party=(), place=(), unscored=(), kind="situation"):
    return {"id": id, "title": title, "body": body, "kind": kind,
            "expected": {"venue": list(venue), "corridor": list(corridor), "zone": list(zone),
                         "party": list(party), "place": list(place)},
            "unscored": list(unscored)}


ARTICLES: list[dict] = [
    art("unseen-001-luanda-congo-rwanda",
        "Angola hosts new round of Congo-Rwanda talks in Luanda",
        "LUANDA, March 4 - Foreign ministers from Congo and Rwanda met in Luanda on Tuesday for talks mediated by "
        "Angola, their third encounter this year. Kinshasa accused Kigali of sending troops across the border to "
        "support M23 rebels around Goma, a charge Rwanda denied.\n\n\"We came to listen, not to sign,\" one Congolese "
        "official said. Officials in Kigali described the talks as frank. The delegations agreed to set up a joint "
        "verification mechanism and to meet again in April.\n\nFighting continued on Monday near Sake, a town west of "
        "Goma, residents said by telephone.",
        venue=["Luanda"], party=["Angola", "Kinshasa", "Kigali", "Rwanda"], place=["Sake"],
        unscored=["Congo", "Goma"]),
    art("unseen-002-adre-crossing",
        "Aid agencies race to move food through the crossing at Adré into Sudan",
        "ADRÉ, Chad (Wire) - Trucks stood bumper to bumper for two kilometres on Sunday at the crossing at Adré into "
        "Sudan, the main way for food to reach Darfur, after heavy rain washed out the track on the far side.\n\nChad "
        "reopened the crossing last month under pressure from donors. The army-backed government in Port Sudan said it "
        "had authorised the convoys for three more months, though aid workers complained that permits were still slow. "
        "Once across, drivers head for Geneina and the camps near Zalingei. The World Food Programme said 40 trucks "
        "had gone through in the past week, far short of the 150 needed.",
        corridor=["Adré"], party=["Chad", "Port Sudan"], place=["Darfur", "Zalingei", "Geneina"],
        unscored=["Sudan"]),
    art("unseen-003-taiz-aden-road",
        "Yemen's warring sides reopen the road from Taiz to Aden",
        "TAIZ, Yemen - Cars and minibuses crowded the road from Taiz to Aden on Thursday after commanders on both sides "
        "removed earth barriers that had cut it for nine years.\n\nThe reopening, agreed at talks mediated by Oman, "
        "cuts a journey that took eight hours over mountain tracks to less than two. The Houthis said a second route "
        "through Al-Hawban would follow. \"My mother has not seen her grandchildren since 2016,\" said Amal, a teacher "
        "waiting at a checkpoint. Saudi Arabia, which backs the government side, said it supported the deal.",
        corridor=["Taiz", "Aden"], party=["Oman", "Saudi Arabia"], unscored=["Al-Hawban"]),
    art("unseen-004-kartarpur-corridor",
        "Pilgrims return as corridor between Dera Baba Nanak and Kartarpur reopens",
        "Hundreds of Sikh pilgrims walked through the corridor between Dera Baba Nanak and Kartarpur on Saturday, the "
        "first to cross since it was closed during last spring's hostilities.\n\nIndia and Pakistan agreed to extend "
        "the arrangement for five years in an exchange of notes, officials in Islamabad said. Each pilgrim pays a $20 "
        "fee, which New Delhi has asked Pakistan to waive. \"I have waited two years for this,\" said Harjit Kaur, 67, "
        "who travelled from Amritsar with her sons. The shrine at Kartarpur stands four kilometres inside Pakistan.",
        corridor=["Dera Baba Nanak", "Kartarpur"], party=["India", "Pakistan", "Islamabad", "New Delhi"],
        place=["Amritsar"]),
    art("unseen-005-myawaddy-crossing",
        "Traders stranded as fighting shuts the crossing at Myawaddy into Thailand",
        "MAE SOT, Thailand - The crossing at Myawaddy into Thailand stayed shut for a fifth day on Monday after "
        "resistance fighters attacked junta positions on the Myanmar side, traders said.\n\nThailand's army said it had "
        "reinforced the frontier and would not let armed groups onto Thai soil. Officials in Naypyidaw blamed Karen "
        "fighters for the violence. Trade through Myawaddy is worth about $1 billion a year, most of it fuel, "
        "cement and consumer goods. Some 300 people crossed the river overnight and were sheltered at a school in "
        "Mae Sot.",
        corridor=["Myawaddy"], party=["Thailand", "Naypyidaw"], place=["Mae Sot"], unscored=["Myanmar"]),
    art("unseen-006-golan-buffer",
        "Israeli troops push into Golan buffer strip, Syria says",
        "QUNEITRA, Syria - Israeli troops advanced on Sunday into a buffer strip monitored by UN peacekeepers on the "
        "Golan Heights, the Syrian authorities said, the deepest move since the 1974 disengagement.\n\nDamascus "
        "condemned the incursion as a violation of that agreement. Israel said the step was temporary and defensive. "
        "Villagers said tanks had reached the outskirts of Khan Arnabah, and several families left for Damascus "
        "countryside towns. The Security Council is due to discuss the situation at a meeting in New York on "
        "Tuesday.",
        venue=["New York"], zone=["Golan Heights"], party=["Damascus", "Israel"], place=["Khan Arnabah"]),
    art("unseen-007-abyei-patrols",
        "Sudan and South Sudan agree joint patrols in Abyei after Juba talks",
        "JUBA - Sudan and South Sudan agreed on Wednesday to joint police patrols in the disputed Abyei area, after "
        "two days of talks in Juba chaired by the African Union.\n\nKhartoum's delegation, led by a deputy foreign "
        "minister, said it would also reopen the market at Amiet, closed after clashes in January. Ethiopia, whose "
        "troops make up most of the UN force in the area, offered to train the new patrols. Ngok Dinka chiefs in "
        "Agok said they had not been consulted.",
        venue=["Juba"], zone=["Abyei"], party=["Sudan", "South Sudan", "Khartoum", "Ethiopia"], place=["Agok"],
        unscored=["Amiet"]),
    art("unseen-008-benin-mekrou",
        "Benin widens army operations in the north after deadly attack",
        "COTONOU, Benin - Benin's army said on Friday it had widened its area of operations between the Mekrou river "
        "and the border with Burkina Faso after an attack killed 28 soldiers at a post in the north.\n\nThe government "
        "also accused Niamey of letting fighters slip across, a claim that Niger's military rulers dismissed as "
        "slander. About 3,000 troops are now deployed in the area, the army said. Traders in Kandi said the main "
        "market had been closing early for a week.",
        zone=["Mekrou"], party=["Benin", "Niamey", "Niger"], place=["Burkina Faso", "Kandi"]),
    art("unseen-009-kursk-plant",
        "Watchdog chief urges respect for Kursk plant zone after drone strike",
        "The head of the UN nuclear watchdog toured the site on Tuesday and urged both armies to respect the Kursk "
        "plant's protection zone after a drone hit a fuel storage building near the reactors.\n\nMoscow accused Kyiv of "
        "targeting the site; Ukraine denied it. Rafael Grossi said radiation levels were normal but that \"luck is not "
        "a safety strategy\". Russia's nuclear agency said one unit had been shut down as a precaution. Residents of "
        "Kurchatov, the town built for the plant's staff, were told to keep iodine tablets at hand.",
        zone=["Kursk"], party=["Moscow", "Kyiv", "Ukraine"], place=["Kurchatov"], unscored=["Russia"]),
    art("unseen-010-temples-dmz",
        "Thailand and Cambodia to study demilitarised zone around disputed temples",
        "KUALA LUMPUR - Thailand and Cambodia agreed at talks in Kuala Lumpur on Monday to study a proposed "
        "demilitarised zone around Preah Vihear and Ta Muen Thom, two ancient temples where their troops clashed in "
        "July.\n\nMalaysia, which chairs the regional bloc this year, mediated the meeting. Phnom Penh said observers "
        "from neighbouring countries should patrol the area. Bangkok rejected that, saying bilateral mechanisms were "
        "enough. Thousands of villagers from Surin are still living in temporary shelters.",
        venue=["Kuala Lumpur"], zone=["Preah Vihear", "Ta Muen Thom"],
        party=["Thailand", "Cambodia", "Malaysia", "Phnom Penh", "Bangkok"], place=["Surin"]),
    art("unseen-011-nukualofa-summit",
        "Policing plan and seabed mining top agenda at Pacific summit",
        "Leaders of 18 Pacific nations open a summit in Nuku'alofa, Tonga, on Monday, with a regional policing plan "
        "and deep-sea mining expected to dominate.\n\nAustralia has offered $400 million for a training centre, a "
        "proposal some leaders see as a bid to keep China out of island security. Beijing said it respected the "
        "islands' choices. The Cook Islands, which signed a partnership with China this year, is expected to face "
        "questions from New Zealand, which handles its defence. Most delegations flew in via Fiji.",
        venue=["Nuku'alofa"], party=["Australia", "Beijing", "Cook Islands"], place=["Tonga", "Fiji"],
        unscored=["China", "New Zealand"]),
    art("unseen-012-kok-tash-village",
        "Kyrgyz and Tajik officials walk last disputed stretch of border",
        "BATKEN, Kyrgyzstan - Border commissioners from Kyrgyzstan and Tajikistan held talks at the village of "
        "Kok-Tash on Thursday, walking the last disputed stretch of their frontier before a treaty is signed.\n\n"
        "Bishkek said the two sides had agreed to swap pastures so that each village keeps its water. Dushanbe "
        "confirmed the deal but said the enclave of Vorukh would stay under Tajik control. Clashes in 2022 killed "
        "more than 100 people around Batken.",
        venue=["Kok-Tash"], party=["Bishkek", "Dushanbe"], place=["Batken"],
        unscored=["Kyrgyzstan", "Tajikistan", "Vorukh"]),
    art("unseen-013-libya-line-of-contact",
        "Libya's rival commanders meet on the front line for the first time in 18 months",
        "TRIPOLI, Libya - Military officers from Libya's rival administrations met at Abu Grein on the line of contact "
        "on Saturday, their first face-to-face talks in a year and a half.\n\nThe meeting, backed by the UN mission, "
        "agreed to exchange detainees held in Misrata. Officials in Tripoli said foreign fighters would leave within "
        "six months. Turkey and Egypt, which back opposing camps, sent observers to the talks.",
        venue=["Abu Grein"], party=["Tripoli", "Turkey", "Egypt"], place=["Misrata"], unscored=["Libya"]),
    art("unseen-014-kaduna-governors",
        "Northern governors meet in Kaduna as kidnappings spread",
        "KADUNA, Nigeria - Governors of Nigeria's 19 northern states met in Kaduna on Monday to agree a joint plan "
        "against armed gangs that have kidnapped hundreds of villagers in Zamfara and Katsina this year.\n\nThe "
        "federal government in Abuja said it would send 2,000 more police officers to the region. Niger, whose "
        "border with Katsina the gangs use, has agreed to joint patrols, the governors said. Farmers in Zamfara say "
        "they have not planted for two seasons.",
        venue=["Kaduna"], party=["Abuja", "Niger"], place=["Zamfara", "Katsina"], unscored=["Nigeria"]),
    art("unseen-015-mendoza-summit",
        "Mercosur leaders gather in Mendoza to seal EFTA trade deal",
        "MENDOZA, Argentina - Presidents of the Mercosur bloc gathered in Mendoza on Thursday for a summit expected to "
        "approve a trade agreement with the European Free Trade Association.\n\nBrazil pushed for a clause protecting "
        "its car industry, and Uruguay threatened to strike its own deals if the bloc kept stalling. Wine producers in "
        "the province hope the agreement will open markets in Switzerland and Norway, where duties on Malbec are "
        "high.",
        venue=["Mendoza"], party=["Brazil", "Uruguay"], place=["Switzerland", "Norway"], unscored=["Argentina"]),
    art("unseen-016-eagle-pass",
        "Texas closes the crossing at Eagle Pass into Mexico for six hours",
        "EAGLE PASS, Texas - State troopers closed the crossing at Eagle Pass into Mexico for six hours on Wednesday "
        "after a surge of migrants, leaving freight trucks backed up through Piedras Negras.\n\nMexico's foreign "
        "ministry protested against the closure, saying it broke bilateral agreements. Washington said the decision "
        "had been the state's, not the federal government's. Austin defended it as a security measure. The bridge "
        "carries about $80 million in goods a day.",
        corridor=["Eagle Pass"], party=["Mexico", "Washington", "Austin"], place=["Piedras Negras"],
        unscored=["Texas"]),
    art("unseen-017-enguri-crossing",
        "Abkhaz authorities reopen Enguri bridge crossing after three months",
        "ZUGDIDI, Georgia - Authorities in breakaway Abkhazia reopened the Enguri bridge crossing on Friday after a "
        "three-month closure that cut ethnic Georgians in Gali off from pensions and hospitals in Zugdidi.\n\n"
        "Sukhumi said it had closed the bridge over security concerns. Tbilisi called the closure a humanitarian "
        "disaster and thanked the European Union monitors who patrol its side of the boundary line. Russia, which "
        "keeps thousands of troops in the region, did not comment.",
        corridor=["Enguri"], party=["Sukhumi", "Tbilisi", "Russia"], place=["Gali"],
        unscored=["Abkhazia", "Georgia", "Zugdidi"]),
    art("unseen-018-podlaskie-buffer",
        "Poland keeps border buffer zone for another 90 days",
        "WARSAW - Poland will keep a buffer zone in Podlaskie along its border with Belarus for another 90 days, the "
        "interior ministry said on Tuesday.\n\nWarsaw accuses Minsk of flying migrants in and pushing them towards the "
        "steel fence, a charge Belarus denies. Lithuania said it would consider similar measures on its own frontier. "
        "Guesthouse owners in Hajnówka say bookings have halved since the zone was declared, and a local hiking "
        "festival was cancelled.",
        zone=["Podlaskie"], party=["Poland", "Warsaw", "Minsk", "Belarus", "Lithuania"], place=["Hajnówka"]),
    art("unseen-019-finland-crossings",
        "Finland keeps its eastern border crossings shut",
        "HELSINKI - Finland will keep all eight crossings on its land border with Russia closed until further notice, "
        "the government said on Thursday, citing the risk of Moscow steering migrants across.\n\nThe busiest, the "
        "Vaalimaa crossing on the road from Helsinki to St Petersburg, has been shut since 2023. Moscow called the "
        "decision Russophobic. Shops in Lappeenranta, once crowded with day-trippers, have closed one after another.",
        corridor=["Vaalimaa", "Helsinki", "St Petersburg"], party=["Finland", "Moscow"], place=["Lappeenranta"],
        unscored=["Russia"]),
    art("unseen-020-cabo-delgado-aid-road",
        "First convoy in two months reaches Mocímboa da Praia",
        "PEMBA, Mozambique - The first aid convoy in two months reached Mocímboa da Praia on Sunday along the aid road "
        "through Cabo Delgado, escorted by Rwandan soldiers.\n\nInsurgents linked to Islamic State ambushed two "
        "convoys on the route in March. Rwanda, which has about 4,000 troops in the province, said it would add "
        "patrols. Maputo thanked Kigali for its help. TotalEnergies said it was still assessing whether to restart its "
        "gas project near Palma.",
        corridor=["Cabo Delgado"], party=["Rwanda", "Maputo"], place=["Palma"],
        unscored=["Mocímboa da Praia", "Kigali"]),
    art("unseen-021-haiti-road",
        "Gangs seize the Mirebalais-Hinche road in central Haiti",
        "Armed gangs seized the Mirebalais-Hinche road on Tuesday, cutting central Haiti's main link to the capital "
        "and forcing buses to turn back.\n\nKenya, which leads the multinational security mission, said its officers "
        "would retake the road within days. Officials in Port-au-Prince said 6,000 people had fled their homes. "
        "The Dominican Republic closed its border crossing at Belladère as a precaution.",
        corridor=["Mirebalais", "Hinche", "Belladère"], party=["Kenya", "Port-au-Prince", "Dominican Republic"],
        unscored=["Haiti"]),
    art("unseen-022-sinaloa-highway",
        "Mexico sends 1,100 troops to the road from Culiacán to Mazatlán",
        "CULIACÁN, Mexico - Mexico's army deployed 1,100 soldiers along the road from Culiacán to Mazatlán on Friday "
        "after a week of gun battles between rival cartel factions left burnt-out lorries across the highway.\n\nThe "
        "state governor said schools would stay closed until Wednesday. Washington offered intelligence support, "
        "which Mexico City accepted. Hotel operators in Puerto Vallarta reported cancellations from travellers afraid "
        "of the drive.",
        corridor=["Culiacán", "Mazatlán"], party=["Mexico", "Washington", "Mexico City"], place=["Puerto Vallarta"]),
    art("unseen-023-second-thomas-shoal",
        "Manila accuses Beijing over water cannon attack on supply boat",
        "MANILA - The Philippines accused China on Sunday of firing water cannon at a boat taking supplies to Second "
        "Thomas Shoal, where a handful of marines live aboard a grounded warship.\n\nBeijing said the boat had "
        "entered its waters illegally. Japan condemned the incident, and officials in Manila said they would lodge "
        "a diplomatic protest. The shoal lies about 200 km west of Palawan.",
        party=["Philippines", "China", "Beijing", "Japan", "Manila"], place=["Palawan"],
        unscored=["Second Thomas Shoal"], kind="dispute"),
    art("unseen-024-weddell-sea",
        "Antarctic fishing body again fails to protect the Weddell Sea",
        "HOBART, Australia - Members of the commission that manages Antarctic fishing ended their annual meeting in "
        "Hobart on Friday without agreeing a marine protected area in the Weddell Sea, the seventh failure in a "
        "row.\n\nRussia and China blocked the proposal, which would close about 2 million square kilometres to krill "
        "trawlers. Norway, whose boats land the largest krill catch, said it was ready to compromise. Scientists on "
        "the Antarctic Peninsula say krill swarms are moving south as the water warms.",
        venue=["Hobart"], zone=["Weddell Sea"], party=["Russia", "China", "Norway"], place=["Antarctic Peninsula"],
        unscored=["Australia"]),
    art("unseen-025-northwest-passage",
        "Canada rejects US view of the Northwest Passage",
        "OTTAWA - Canada on Monday rejected a US statement that the Northwest Passage is an international strait open "
        "to all shipping, saying the route through its Arctic islands is Canadian internal water.\n\nWashington had "
        "said an American icebreaker would sail the passage next summer without asking permission. Ottawa said it "
        "would consult Inuit leaders first. Cruise ship visits to Cambridge Bay, a hamlet on the route, have tripled "
        "in a decade.",
        corridor=["Northwest Passage"], party=["Canada", "Washington", "Ottawa"], place=["Cambridge Bay"]),
    art("unseen-026-sarstoon",
        "Belize accuses Guatemala of blocking patrols on the Sarstoon",
        "BELIZE CITY - Belize accused Guatemala on Thursday of sending navy boats to block its coast guard on the "
        "Sarstoon river, a buffer strip monitored by the Organization of American States until the world court rules "
        "on the two countries' claims.\n\nGuatemala City said its boats were patrolling Guatemalan waters. The OAS "
        "said its observers would visit the river next week. Fishermen in Punta Gorda said they had stopped going "
        "upriver.",
        zone=["Sarstoon"], party=["Belize", "Guatemala", "Guatemala City"], place=["Punta Gorda"]),
    art("unseen-027-catatumbo-zone",
        "Colombia offers dissidents a zone around Tibú and El Tarra",
        "CARACAS - Colombia's government offered on Saturday a temporary concentration zone around Tibú and El Tarra "
        "for fighters of a dissident group, at talks in Caracas.\n\nBogotá said the fighters would have to hand over "
        "their weapons within a year. Venezuela, which hosts the talks, said it would not comment on their content. "
        "Farmers in Catatumbo say fighting has forced 50,000 people from their homes since January.",
        venue=["Caracas"], zone=["Tibú", "El Tarra"], party=["Colombia", "Bogotá"], place=["Venezuela", "Catatumbo"]),
    art("unseen-028-ankara-declaration",
        "Ethiopia and Somalia end port row in Ankara",
        "ANKARA - Ethiopia and Somalia signed a declaration in Ankara on Wednesday ending a year-long row over "
        "Ethiopia's deal with breakaway Somaliland for access to the sea at Berbera.\n\nTurkey, which mediated, said "
        "technical talks would begin in February. Mogadishu had accused Ethiopia of violating its sovereignty. Egypt, "
        "which sent troops to Somalia this year, welcomed the agreement.",
        venue=["Ankara"], party=["Ethiopia", "Somalia", "Turkey", "Mogadishu", "Egypt"], place=["Berbera"],
        unscored=["Somaliland"]),
    art("unseen-029-margara-crossing",
        "Armenia and Turkey to open the crossing at Margara",
        "YEREVAN - Armenia and Turkey will open the crossing at Margara into Turkey for diplomats and third-country "
        "travellers next month, officials in Yerevan said on Friday, after envoys of the two countries met in "
        "Vienna.\n\nAnkara said the step showed goodwill and that trucks could follow. Azerbaijan, Turkey's closest "
        "ally, said it would not object. Farmers around Gyumri hope to sell apricots across the border.",
        venue=["Vienna"], corridor=["Margara"], party=["Armenia", "Turkey", "Yerevan", "Ankara", "Azerbaijan"],
        place=["Gyumri"]),
    art("unseen-030-kunming-boundary",
        "Bhutan and China speed up boundary marking after Kunming round",
        "THIMPHU, Bhutan - Bhutan and China held a new round of boundary talks in Kunming on Tuesday and agreed to "
        "speed up marking their frontier, including the disputed Doklam plateau where Indian and Chinese troops "
        "faced off in 2017.\n\nThimphu said the talks took place in a warm and friendly atmosphere. India, which "
        "trains Bhutan's army, has raised concerns over villages built near the plateau. Yaks still graze the high "
        "pastures around Haa.",
        venue=["Kunming"], zone=["Doklam"], party=["Bhutan", "China", "Thimphu", "India"], place=["Haa"]),
    art("unseen-031-bougival-talks",
        "New Caledonia leaders return from Bougival with draft deal",
        "NOUMÉA - Pro-independence and loyalist leaders from New Caledonia returned home with a draft agreement after "
        "ten days of talks at Bougival, a town outside Paris, that would create a State of New Caledonia within the "
        "French Republic.\n\nParis said a referendum on the text would be held next year. Shopkeepers in Nouméa, "
        "where riots caused 2 billion euros of damage last year, welcomed the draft.",
        venue=["Bougival"], party=["Paris"], place=["Nouméa"], unscored=["New Caledonia"]),
    art("unseen-032-lipulekh-pass",
        "Nepal protests India-China trade through Lipulekh pass",
        "KATHMANDU - Nepal protested on Wednesday against a plan by its two big neighbours to resume border trade "
        "through the Lipulekh pass, saying the area belongs to Nepal.\n\nKathmandu sent diplomatic notes to both "
        "capitals. New Delhi said the claim was untenable. The pass, at 5,200 metres, is also used by Hindu pilgrims "
        "travelling to Mount Kailash in Tibet.",
        corridor=["Lipulekh"], party=["Nepal", "Kathmandu", "New Delhi"], place=["Mount Kailash", "Tibet"]),
    art("unseen-033-panama-canal",
        "Panama Canal cuts daily transits as Gatun Lake drops",
        "PANAMA CITY - The Panama Canal will cut daily transits to 24 from next week after Gatun Lake, which feeds "
        "its locks, fell to its lowest level for the season, the canal authority said on Monday.\n\nShipping lines "
        "have started routing some Asia-bound cargo through the Suez Canal or around the Cape of Good Hope. Farmers "
        "near Penonomé oppose a reservoir the authority wants to build on their land.",
        corridor=["Panama Canal", "Suez Canal"], place=["Gatun Lake", "Cape of Good Hope", "Penonomé"]),
    art("unseen-034-izmail-constanta",
        "Romania and Ukraine widen the shipping lane between Izmail and Constanța",
        "BUCHAREST - Romania and Ukraine agreed on Tuesday to widen the shipping lane between Izmail and Constanța, "
        "letting more grain barges reach the Black Sea port without waiting at anchor.\n\nBucharest said it would "
        "dredge the lower Danube this summer. Kyiv said exports through its river ports had doubled this year. "
        "Moldova asked to join the arrangement for its small port at Giurgiulești.",
        corridor=["Izmail", "Constanța"], party=["Romania", "Ukraine", "Bucharest", "Kyiv", "Moldova"],
        place=["Giurgiulești"], unscored=["Danube", "Black Sea"]),
    art("unseen-035-lobito-corridor",
        "Three countries sign Lobito corridor deal in Lusaka",
        "LUSAKA - Zambia, Angola and the Democratic Republic of Congo signed an agreement in Lusaka on Friday to run "
        "the Lobito corridor as a single customs route, so that copper from Kolwezi can reach the Atlantic without "
        "three sets of inspections.\n\nThe railway, rebuilt with US and European money, carries about 1.5 million "
        "tonnes of ore a year. Mining firms in Ndola said the deal could cut the journey by a week.",
        venue=["Lusaka"], corridor=["Lobito"], party=["Zambia", "Angola", "Democratic Republic of Congo"],
        place=["Ndola"], unscored=["Kolwezi"]),
    art("unseen-036-djibo-blockade",
        "Jihadists tighten blockade of Djibo as food runs short",
        "OUAGADOUGOU - Jihadist fighters have tightened their blockade of Djibo, a besieged town of 300,000 people in "
        "northern Burkina Faso, aid groups said on Tuesday, with the last food convoy turned back a month ago.\n\n"
        "The military government in Ouagadougou said helicopters would fly in grain. Mali and Niger, its partners in "
        "the Alliance of Sahel States, pledged troops. Families who fled Djibo to Kaya say prices have tripled.",
        zone=["Djibo"], party=["Ouagadougou", "Mali", "Niger"], place=["Burkina Faso", "Kaya"]),
    art("unseen-037-itaipu-tariff",
        "Brazil and Paraguay settle Itaipu power price",
        "FOZ DO IGUAÇU, Brazil - The presidents of Brazil and Paraguay met at Itaipu on Thursday and signed a new "
        "tariff for the giant hydroelectric dam they share on the Paraná river, ending two years of haggling.\n\n"
        "Asunción had demanded a higher price for the surplus power it sells to its neighbour. Brasília said "
        "consumers would not see higher bills. Hotel owners in Ciudad del Este hope the deal will revive trade.",
        venue=["Itaipu"], party=["Brazil", "Paraguay", "Asunción", "Brasília"], place=["Ciudad del Este"],
        unscored=["Paraná"]),
    art("unseen-038-amhara-corridor",
        "Humanitarian corridor between Gondar and Bahir Dar agreed for two weeks",
        "The federal government and Fano militias agreed to a humanitarian corridor between Gondar and Bahir Dar for "
        "two weeks to let fuel and medicine reach hospitals, church mediators said on Sunday.\n\nAddis Ababa said the "
        "truce covered only the road, not military operations elsewhere in Amhara. Refugees have also been arriving "
        "at Metema on the Sudanese border, aid workers said.",
        corridor=["Gondar", "Bahir Dar"], party=["Addis Ababa"], place=["Amhara", "Metema"]),
    art("unseen-039-la-linea-crossing",
        "Britain and Spain agree to lift checks at the crossing at La Línea",
        "GIBRALTAR - Britain and Spain reached a deal on Wednesday that will remove border checks at the crossing at "
        "La Línea into Gibraltar, letting 15,000 workers commute without queues.\n\nMadrid will carry out passport "
        "checks at the port and airport instead. London said sovereignty was not affected. Fabian Picardo, the chief "
        "minister, called it a historic day. Bar owners in Algeciras said the queues had cost them customers for "
        "years.",
        corridor=["La Línea"], party=["Britain", "Spain", "Madrid", "London"], place=["Algeciras"],
        unscored=["Gibraltar"]),
    art("unseen-040-senkaku",
        "Japan protests record Chinese coast guard stay near disputed islands",
        "TOKYO - Japan protested to China on Monday after four Chinese coast guard ships spent a record 92 hours in "
        "waters around the Senkaku Islands, which Beijing claims as the Diaoyu.\n\nTokyo said the ships had tried to "
        "approach a Japanese fishing boat. China said its vessels were carrying out routine law enforcement patrols. "
        "Fishermen from Ishigaki say they now avoid the area.",
        party=["Japan", "Tokyo", "China", "Beijing"], place=["Ishigaki"], unscored=["Senkaku Islands"], kind="dispute"),
    art("unseen-041-kobani-zone",
        "Turkey proposes a demilitarised zone around Kobani and Tal Abyad",
        "ISTANBUL - Turkey proposed on Thursday a demilitarised zone around Kobani and Tal Abyad, to be patrolled by "
        "its own troops and the new Syrian army, in talks with Kurdish-led forces hosted by the United States in "
        "Istanbul.\n\nAnkara said Kurdish fighters must withdraw 30 km from the border. Damascus said the proposal "
        "needed its consent. Traders in Raqqa said the border market had been shut for a month.",
        venue=["Istanbul"], zone=["Kobani", "Tal Abyad"], party=["Turkey", "Ankara", "Damascus"], place=["Raqqa"],
        unscored=["United States"]),
    art("unseen-042-bamako-fuel-road",
        "Fuel convoys resume on the road from Dakar to Bamako",
        "BAMAKO, Mali - Tanker convoys resumed on the road from Dakar to Bamako on Saturday after the army cleared "
        "checkpoints set up by jihadist fighters near Kayes.\n\nSenegal said it had tightened security on its side of "
        "the border. Petrol queues in Bamako were shorter by Sunday afternoon, drivers said.",
        corridor=["Dakar", "Bamako"], party=["Senegal"], place=["Kayes"]),
    # Ordinary news (and two disputes told without a scene): nothing here is a venue, corridor or zone.
    art("unseen-043-copper-profits",
        "Copper price lifts Chilean miner's profit",
        "SANTIAGO, Chile - State copper miner Codelco reported a 30% rise in quarterly profit on Thursday as higher "
        "prices offset weaker output at its ageing El Teniente mine.\n\nChief executive Ruben Alvarado told analysts "
        "that a new smelter near Calama would start next year. Chile, the world's largest producer, is counting on "
        "copper taxes to fund pensions, and the finance ministry said revenue was ahead of forecast.",
        place=["Calama", "El Teniente"], unscored=["Chile"], kind="business"),
    art("unseen-044-multan-test",
        "Spinners bowl Pakistan to win over England in Multan",
        "MULTAN, Pakistan - Pakistan beat England by 152 runs on Friday to level the series, with spinners Noman Ali "
        "and Sajid Khan taking all 20 wickets on a dry, dusty pitch.\n\nEngland, who won the first Test by an innings, "
        "were bowled out for 144 chasing 297. \"We knew the ball would turn from the first hour,\" said captain Shan "
        "Masood. The third Test starts in Rawalpindi next week.",
        place=["Rawalpindi"], unscored=["Pakistan", "England", "Multan"], kind="sport"),
    art("unseen-045-perth-heatwave",
        "Perth swelters through its longest heatwave on record",
        "PERTH - Perth recorded its sixth straight day above 40C on Saturday, the longest run since records began, "
        "and forecasters said relief would not come until Tuesday.\n\nThe electricity operator warned of outages in "
        "Fremantle and the eastern suburbs as air conditioners strained the grid. Hospitals reported a rise in "
        "heatstroke cases, and beaches at Cottesloe were packed by 7 am.",
        place=["Fremantle", "Cottesloe"], unscored=["Perth"], kind="weather"),
    art("unseen-046-ulaanbaatar-measles",
        "Measles cases climb in Mongolia's capital as vaccination lags",
        "ULAANBAATAR - Health officials in Mongolia reported 312 new measles cases in the capital this week, most of "
        "them children who had not been vaccinated.\n\nThe health ministry said it would open extra clinics in the "
        "ger districts on the edge of Ulaanbaatar and send mobile teams to Darkhan and Erdenet. Doctors said "
        "misinformation shared on social media had made parents wary of the jab.",
        place=["Darkhan", "Erdenet"], unscored=["Mongolia", "Ulaanbaatar"], kind="health"),
    art("unseen-047-lyon-budget",
        "Lyon council passes budget after all-night session",
        "LYON - Lyon's city council approved next year's budget at 4 am on Friday after an all-night session, with "
        "spending on bike lanes and school canteens cut to cover higher energy bills.\n\nOpposition councillors "
        "accused the mayor of neglecting the Croix-Rousse and Vaise districts. A tram line to Villeurbanne, promised "
        "for 2026, has been pushed back by two years.",
        place=["Villeurbanne", "Croix-Rousse", "Vaise"], unscored=["Lyon"], kind="local politics"),
    art("unseen-048-toyota-battery",
        "Toyota to build battery plant near Nagoya",
        "TOKYO - Toyota will build a $2 billion battery plant near Nagoya, the carmaker said on Tuesday, adding 1,500 "
        "jobs as it speeds up its shift to electric and hybrid models.\n\nThe plant will supply factories in Japan and "
        "Kentucky. Shares rose 2% in Tokyo. Analysts said the investment would ease pressure from suppliers in "
        "South Korea and China.",
        place=["Nagoya", "Kentucky", "South Korea"], unscored=["Japan", "China", "Tokyo"], kind="business"),
    art("unseen-049-denver-snow",
        "Spring snowstorm shuts Denver airport and mountain passes",
        "DENVER - A late-season storm dumped more than 60 cm of snow on Denver on Thursday, shutting the airport for "
        "nine hours and stranding thousands of travellers.\n\nState police closed stretches of Interstate 70 west of "
        "the city and warned drivers to stay off the roads. Schools in Boulder and Aurora were closed, and "
        "forecasters said more snow would fall in Colorado Springs on Friday.",
        place=["Boulder", "Aurora", "Colorado Springs"], unscored=["Denver", "Interstate 70"], kind="weather"),
    art("unseen-050-asuncion-dengue",
        "Dengue cases surge in Paraguay's capital",
        "ASUNCIÓN - Paraguay declared a health alert on Monday as dengue cases in the capital doubled in two weeks, "
        "filling hospital corridors with patients on drips.\n\nThe health ministry said fumigation teams would work "
        "through the weekend in Asunción and in Luque and San Lorenzo, where standing water after heavy rain has let "
        "mosquitoes breed. Neighbouring Argentina reported a rise in cases in Formosa.",
        place=["Luque", "San Lorenzo", "Formosa"], unscored=["Paraguay", "Asunción", "Argentina"], kind="health"),
    art("unseen-051-flight-diverted",
        "Flight from Doha to Auckland diverts after passenger falls ill",
        "A Qatar Airways flight on the route from Doha to Auckland, one of the longest in the world, diverted to Perth "
        "on Tuesday after a passenger suffered a heart attack over the Indian Ocean.\n\nThe Boeing 777 landed safely "
        "and the man was taken to hospital, the airline said. The flight continued to New Zealand five hours late. "
        "\"The crew were calm and kind,\" said one passenger from Hamilton.",
        place=["Doha", "Auckland", "Perth", "Hamilton"], unscored=["Indian Ocean", "New Zealand"], kind="travel"),
    art("unseen-052-lagos-bank",
        "Nigerian lender's profit triples on currency gains",
        "LAGOS - Zenith Bank said on Wednesday its half-year profit had tripled, helped by gains on its dollar holdings "
        "after the naira's slide.\n\nThe lender, based in Lagos, said it would open 40 branches in the north, "
        "including in Kano and Maiduguri, and expand in Ghana and Sierra Leone. Its shares rose 4% on the Nigerian "
        "exchange.",
        place=["Kano", "Maiduguri", "Ghana", "Sierra Leone"], unscored=["Lagos"], kind="business"),
    art("unseen-053-toronto-transit",
        "Toronto council backs new subway line funding",
        "TORONTO - Toronto's council voted 19 to 6 on Wednesday to borrow C$2 billion for the Ontario Line, a subway "
        "that will link the Exhibition grounds to the Science Centre.\n\nThe mayor said the line would ease crowding "
        "on Line 1. Councillors from Scarborough complained that their own subway extension had waited a decade. "
        "Ottawa has promised to pay a third of the cost.",
        place=["Scarborough"], unscored=["Toronto", "Ottawa", "Ontario Line"], kind="local politics"),
    art("unseen-054-cape-town-museum",
        "Cape Town museum returns ancestral remains to Namibia",
        "CAPE TOWN - The Iziko museums returned the remains of 19 people to Namibia on Friday, more than a century "
        "after they were taken from graves near Lüderitz.\n\nA delegation of Nama and Herero elders received them in "
        "a ceremony at the museum. The remains will be reburied in Keetmanshoop next month.",
        place=["Lüderitz", "Keetmanshoop"], unscored=["Namibia", "Cape Town"], kind="culture"),
    art("unseen-055-premier-league",
        "Late header gives Aston Villa win over Chelsea",
        "Ollie Watkins headed in a stoppage-time winner as Aston Villa beat Chelsea 2-1 on Saturday, lifting them into "
        "the top four.\n\nChelsea had led through Cole Palmer before Jhon Duran equalised. Villa travel to Newcastle "
        "next week, while Chelsea face Brentford at home. Unai Emery said the crowd had \"pushed the ball in\".",
        place=["Newcastle"], unscored=["Chelsea", "Brentford"], kind="sport"),
    art("unseen-056-lima-floods",
        "Flash floods hit Lima's hillside districts",
        "LIMA - Flash floods swept through hillside districts on the eastern edge of Lima on Sunday after the heaviest "
        "rain in a decade, killing four people and burying homes in mud.\n\nPeru's emergency agency said 2,000 "
        "families in Chosica and Huaycán needed shelter. The central highway was blocked by landslides near "
        "Matucana for most of the day.",
        place=["Chosica", "Huaycán", "Matucana"], unscored=["Lima", "Peru"], kind="weather"),
    art("unseen-057-malawi-malaria",
        "Malawi widens malaria vaccine rollout",
        "LILONGWE - Malawi will offer a malaria vaccine to all children under two from next month, the health ministry "
        "said on Tuesday, after a pilot in the south cut hospital admissions by a third.\n\nNurses in Blantyre and "
        "Zomba will be trained first. Health workers in Mangochi said mothers were already asking for the jab.",
        place=["Blantyre", "Zomba", "Mangochi"], unscored=["Malawi"], kind="health"),
    art("unseen-058-auckland-water",
        "Auckland council raises water charges",
        "AUCKLAND - Auckland councillors voted on Thursday to raise water charges by 7.2% to pay for pipes damaged in "
        "floods two years ago.\n\nResidents of Henderson and Manukau, among the worst hit, said they were paying twice "
        "for the same failure, and a petition against the rise has gathered 12,000 signatures. Wellington and Christchurch are weighing similar rises.",
        place=["Henderson", "Manukau", "Christchurch"], unscored=["Auckland", "Wellington"], kind="local politics"),
    art("unseen-059-ushuaia-tourism",
        "Record season for Antarctic cruises leaves Ushuaia port crowded",
        "USHUAIA, Argentina - More than 120,000 tourists are expected to sail to Antarctica this season, a record, and "
        "most will leave from Ushuaia, the port authority said on Monday.\n\nGuides warned that landing sites on the "
        "Antarctic Peninsula were getting crowded. Some operators now sail from Punta Arenas in Chile to save two days "
        "at sea.",
        place=["Antarctic Peninsula", "Punta Arenas"], unscored=["Ushuaia", "Antarctica", "Argentina", "Chile"],
        kind="travel"),
    art("unseen-060-berlin-marathon",
        "Kenyan runners sweep Berlin marathon",
        "BERLIN - Kenya's runners took the first four places in the men's race on Sunday, led by a 23-year-old from "
        "Iten running his first marathon.\n\nThe women's race went to Ethiopia's Tigst Assefa. Organisers said 48,000 "
        "people had finished, a record for the event, and that the course would change next year because of roadworks "
        "near the Brandenburg Gate.",
        place=["Iten"], unscored=["Berlin", "Kenya", "Ethiopia", "Brandenburg Gate"], kind="sport"),
    art("unseen-061-tallinn-startups",
        "Estonian start-ups feel the chill as funding dries up",
        "TALLINN - Investment in Estonian start-ups fell by a third last year, an industry group said on Wednesday, "
        "as foreign funds pulled back.\n\nFounders in Tallinn and Tartu said hiring had frozen, and some were moving "
        "staff to Lisbon, where costs are lower. Paris Hilton, who invested in a Tallinn fashion app in 2021, was not "
        "among the backers who pulled out.",
        place=["Tartu", "Lisbon"], unscored=["Tallinn"], kind="business"),
    art("unseen-062-dhaka-monsoon",
        "Early monsoon rain floods Dhaka streets",
        "DHAKA - Monsoon rain arrived a week early on Tuesday and flooded streets across Dhaka, stranding commuters "
        "in knee-deep water.\n\nThe weather office said heavy rain would continue in Sylhet and Chittagong until the "
        "weekend and warned of landslides in the hill districts. Farmers in Sunamganj hurried to bring in the rice "
        "harvest before the fields went under, as they did last June.",
        place=["Sylhet", "Chittagong", "Sunamganj"], unscored=["Dhaka"], kind="weather"),
]


def build_record(article: dict) -> dict:
    text = article["title"] + "\n\n" + article["body"]
    expected = {role: list(article["expected"].get(role, [])) for role in ROLES}
    return {"id": article["id"], "title": article["title"], "kind": article["kind"], "text": text,
            "expected": expected, "unscored": list(article["unscored"])}


def validate(records: list[dict]) -> list[str]:
    errors = record_errors(records, ID_PATTERN, MIN_WORDS, MAX_WORDS,
                           lambda rec: [(role, rec["expected"].get(role, [])) for role in ROLES]
                           + [("unscored", rec["unscored"])])
    for rec in records:
        exp = rec["expected"]
        if set(exp) != set(ROLES):
            errors.append(f"{rec['id']}: roles must be exactly {ROLES}")
        scene = any(exp.get(r) for r in ("venue", "corridor", "zone"))
        if (rec["kind"] == "situation") != scene:
            errors.append(f"{rec['id']}: a situation needs a venue, corridor or zone; ordinary news has none")
    return errors


def main() -> int:
    records = [build_record(a) for a in ARTICLES]
    kinds = Counter(r["kind"] for r in records)
    return finish_role_set(records, validate(records), OUT_PATH,
                           "; " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))


if __name__ == "__main__":
    sys.exit(main())
