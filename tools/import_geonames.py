#!/usr/bin/env python3
"""Rebuild dyad's gazetteer tables (data/src/places/{countries,admin1,places}.tsv) from the
GeoNames extracts in ../shared/data/geo (or $DYAD_SHARED, or the folder given).

    python3 tools/import_geonames.py [SHARED]          # rewrite the three tables
    python3 tools/import_geonames.py [SHARED] --check  # exit 1 if the committed files differ

What is kept, and why (docs/formats/places.md has the column meanings):
  - places.tsv: every GeoNames populated place with population >= 15,000, plus every
    national capital (PPLC) whatever its size (Vaduz, Valletta, Vatican City), because
    "capital" is a tie-breaker and the capital gives a country its coordinates. The
    upstream "altName" column (really GeoNames' cc2, alternative country codes) is dropped;
    ASCII spellings are not stored: the matcher folds case and diacritics itself.
  - admin1.tsv: every first-level region of admin1CodesASCII.txt whose country is known,
    with approximate coordinates: the spherical mean of the region's GeoNames places
    (population >= 1,000). GeoNames' own region centroids are not in ../shared.
  - countries.tsv: dyad's own table of ISO 3166-1 codes and short English names (COUNTRIES
    below; facts, written here), with the capital (the GeoNames PPLC) and its coordinates;
    a country without a PPLC gets the spherical mean of its places.
data/src/places/aliases.tsv (news spellings, stop phrases) is edited by hand; this tool
only checks that every alias target exists.

Rows are sorted (countries by ISO3; regions by country and code; places by country, name
and geonameid) so a re-import shows as a reviewable diff. Standard library only.
"""

import argparse
import io
import math
import os
import sys
import unicodedata

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO, "data", "src", "places")
MIN_POPULATION = 15000

LICENCE = ("# dyad gazetteer: {what} from GeoNames (geonames.org, CC BY 4.0) via "
           "geonames-cities1000.tsv and admin1CodesASCII.txt; built by "
           "tools/import_geonames.py, see docs/formats/places.md")

# ISO 3166-1 alpha-2 -> (alpha-3, short English name as news text writes it). Every
# country code that GeoNames uses in the cities or admin1 files must be here (the import
# fails otherwise). Kosovo has no ISO code; GeoNames uses XK and XKX. Other spellings
# ("Burma", "Ivory Coast", "UK") are in aliases.tsv.
COUNTRIES = {
    "AD": ("AND", "Andorra"), "AE": ("ARE", "United Arab Emirates"),
    "AF": ("AFG", "Afghanistan"), "AG": ("ATG", "Antigua and Barbuda"),
    "AI": ("AIA", "Anguilla"), "AL": ("ALB", "Albania"), "AM": ("ARM", "Armenia"),
    "AO": ("AGO", "Angola"), "AQ": ("ATA", "Antarctica"), "AR": ("ARG", "Argentina"),
    "AS": ("ASM", "American Samoa"), "AT": ("AUT", "Austria"), "AU": ("AUS", "Australia"),
    "AW": ("ABW", "Aruba"), "AX": ("ALA", "Åland Islands"), "AZ": ("AZE", "Azerbaijan"),
    "BA": ("BIH", "Bosnia and Herzegovina"), "BB": ("BRB", "Barbados"),
    "BD": ("BGD", "Bangladesh"), "BE": ("BEL", "Belgium"), "BF": ("BFA", "Burkina Faso"),
    "BG": ("BGR", "Bulgaria"), "BH": ("BHR", "Bahrain"), "BI": ("BDI", "Burundi"),
    "BJ": ("BEN", "Benin"), "BL": ("BLM", "Saint Barthélemy"), "BM": ("BMU", "Bermuda"),
    "BN": ("BRN", "Brunei"), "BO": ("BOL", "Bolivia"),
    "BQ": ("BES", "Caribbean Netherlands"), "BR": ("BRA", "Brazil"),
    "BS": ("BHS", "Bahamas"), "BT": ("BTN", "Bhutan"), "BW": ("BWA", "Botswana"),
    "BY": ("BLR", "Belarus"), "BZ": ("BLZ", "Belize"), "CA": ("CAN", "Canada"),
    "CC": ("CCK", "Cocos Islands"), "CD": ("COD", "Democratic Republic of the Congo"),
    "CF": ("CAF", "Central African Republic"), "CG": ("COG", "Republic of the Congo"),
    "CH": ("CHE", "Switzerland"), "CI": ("CIV", "Côte d'Ivoire"),
    "CK": ("COK", "Cook Islands"), "CL": ("CHL", "Chile"), "CM": ("CMR", "Cameroon"),
    "CN": ("CHN", "China"), "CO": ("COL", "Colombia"), "CR": ("CRI", "Costa Rica"),
    "CU": ("CUB", "Cuba"), "CV": ("CPV", "Cape Verde"), "CW": ("CUW", "Curaçao"),
    "CX": ("CXR", "Christmas Island"), "CY": ("CYP", "Cyprus"),
    "CZ": ("CZE", "Czech Republic"), "DE": ("DEU", "Germany"), "DJ": ("DJI", "Djibouti"),
    "DK": ("DNK", "Denmark"), "DM": ("DMA", "Dominica"),
    "DO": ("DOM", "Dominican Republic"), "DZ": ("DZA", "Algeria"), "EC": ("ECU", "Ecuador"),
    "EE": ("EST", "Estonia"), "EG": ("EGY", "Egypt"), "EH": ("ESH", "Western Sahara"),
    "ER": ("ERI", "Eritrea"), "ES": ("ESP", "Spain"), "ET": ("ETH", "Ethiopia"),
    "FI": ("FIN", "Finland"), "FJ": ("FJI", "Fiji"), "FK": ("FLK", "Falkland Islands"),
    "FM": ("FSM", "Micronesia"), "FO": ("FRO", "Faroe Islands"), "FR": ("FRA", "France"),
    "GA": ("GAB", "Gabon"), "GB": ("GBR", "United Kingdom"), "GD": ("GRD", "Grenada"),
    "GE": ("GEO", "Georgia"), "GF": ("GUF", "French Guiana"), "GG": ("GGY", "Guernsey"),
    "GH": ("GHA", "Ghana"), "GI": ("GIB", "Gibraltar"), "GL": ("GRL", "Greenland"),
    "GM": ("GMB", "Gambia"), "GN": ("GIN", "Guinea"), "GP": ("GLP", "Guadeloupe"),
    "GQ": ("GNQ", "Equatorial Guinea"), "GR": ("GRC", "Greece"),
    "GS": ("SGS", "South Georgia and the South Sandwich Islands"),
    "GT": ("GTM", "Guatemala"), "GU": ("GUM", "Guam"), "GW": ("GNB", "Guinea-Bissau"),
    "GY": ("GUY", "Guyana"), "HK": ("HKG", "Hong Kong"), "HN": ("HND", "Honduras"),
    "HR": ("HRV", "Croatia"), "HT": ("HTI", "Haiti"), "HU": ("HUN", "Hungary"),
    "ID": ("IDN", "Indonesia"), "IE": ("IRL", "Ireland"), "IL": ("ISR", "Israel"),
    "IM": ("IMN", "Isle of Man"), "IN": ("IND", "India"), "IQ": ("IRQ", "Iraq"),
    "IR": ("IRN", "Iran"), "IS": ("ISL", "Iceland"), "IT": ("ITA", "Italy"),
    "JE": ("JEY", "Jersey"), "JM": ("JAM", "Jamaica"), "JO": ("JOR", "Jordan"),
    "JP": ("JPN", "Japan"), "KE": ("KEN", "Kenya"), "KG": ("KGZ", "Kyrgyzstan"),
    "KH": ("KHM", "Cambodia"), "KI": ("KIR", "Kiribati"), "KM": ("COM", "Comoros"),
    "KN": ("KNA", "Saint Kitts and Nevis"), "KP": ("PRK", "North Korea"),
    "KR": ("KOR", "South Korea"), "KW": ("KWT", "Kuwait"), "KY": ("CYM", "Cayman Islands"),
    "KZ": ("KAZ", "Kazakhstan"), "LA": ("LAO", "Laos"), "LB": ("LBN", "Lebanon"),
    "LC": ("LCA", "Saint Lucia"), "LI": ("LIE", "Liechtenstein"),
    "LK": ("LKA", "Sri Lanka"), "LR": ("LBR", "Liberia"), "LS": ("LSO", "Lesotho"),
    "LT": ("LTU", "Lithuania"), "LU": ("LUX", "Luxembourg"), "LV": ("LVA", "Latvia"),
    "LY": ("LBY", "Libya"), "MA": ("MAR", "Morocco"), "MC": ("MCO", "Monaco"),
    "MD": ("MDA", "Moldova"), "ME": ("MNE", "Montenegro"), "MF": ("MAF", "Saint Martin"),
    "MG": ("MDG", "Madagascar"), "MH": ("MHL", "Marshall Islands"),
    "MK": ("MKD", "North Macedonia"), "ML": ("MLI", "Mali"), "MM": ("MMR", "Myanmar"),
    "MN": ("MNG", "Mongolia"), "MO": ("MAC", "Macau"),
    "MP": ("MNP", "Northern Mariana Islands"), "MQ": ("MTQ", "Martinique"),
    "MR": ("MRT", "Mauritania"), "MS": ("MSR", "Montserrat"), "MT": ("MLT", "Malta"),
    "MU": ("MUS", "Mauritius"), "MV": ("MDV", "Maldives"), "MW": ("MWI", "Malawi"),
    "MX": ("MEX", "Mexico"), "MY": ("MYS", "Malaysia"), "MZ": ("MOZ", "Mozambique"),
    "NA": ("NAM", "Namibia"), "NC": ("NCL", "New Caledonia"), "NE": ("NER", "Niger"),
    "NF": ("NFK", "Norfolk Island"), "NG": ("NGA", "Nigeria"), "NI": ("NIC", "Nicaragua"),
    "NL": ("NLD", "Netherlands"), "NO": ("NOR", "Norway"), "NP": ("NPL", "Nepal"),
    "NR": ("NRU", "Nauru"), "NU": ("NIU", "Niue"), "NZ": ("NZL", "New Zealand"),
    "OM": ("OMN", "Oman"), "PA": ("PAN", "Panama"), "PE": ("PER", "Peru"),
    "PF": ("PYF", "French Polynesia"), "PG": ("PNG", "Papua New Guinea"),
    "PH": ("PHL", "Philippines"), "PK": ("PAK", "Pakistan"), "PL": ("POL", "Poland"),
    "PM": ("SPM", "Saint Pierre and Miquelon"), "PN": ("PCN", "Pitcairn Islands"),
    "PR": ("PRI", "Puerto Rico"), "PS": ("PSE", "Palestine"), "PT": ("PRT", "Portugal"),
    "PW": ("PLW", "Palau"), "PY": ("PRY", "Paraguay"), "QA": ("QAT", "Qatar"),
    "RE": ("REU", "Réunion"), "RO": ("ROU", "Romania"), "RS": ("SRB", "Serbia"),
    "RU": ("RUS", "Russia"), "RW": ("RWA", "Rwanda"), "SA": ("SAU", "Saudi Arabia"),
    "SB": ("SLB", "Solomon Islands"), "SC": ("SYC", "Seychelles"), "SD": ("SDN", "Sudan"),
    "SE": ("SWE", "Sweden"), "SG": ("SGP", "Singapore"), "SH": ("SHN", "Saint Helena"),
    "SI": ("SVN", "Slovenia"), "SJ": ("SJM", "Svalbard and Jan Mayen"),
    "SK": ("SVK", "Slovakia"), "SL": ("SLE", "Sierra Leone"), "SM": ("SMR", "San Marino"),
    "SN": ("SEN", "Senegal"), "SO": ("SOM", "Somalia"), "SR": ("SUR", "Suriname"),
    "SS": ("SSD", "South Sudan"), "ST": ("STP", "São Tomé and Príncipe"),
    "SV": ("SLV", "El Salvador"), "SX": ("SXM", "Sint Maarten"), "SY": ("SYR", "Syria"),
    "SZ": ("SWZ", "Eswatini"), "TC": ("TCA", "Turks and Caicos Islands"),
    "TD": ("TCD", "Chad"), "TF": ("ATF", "French Southern Territories"),
    "TG": ("TGO", "Togo"), "TH": ("THA", "Thailand"), "TJ": ("TJK", "Tajikistan"),
    "TK": ("TKL", "Tokelau"), "TL": ("TLS", "East Timor"), "TM": ("TKM", "Turkmenistan"),
    "TN": ("TUN", "Tunisia"), "TO": ("TON", "Tonga"), "TR": ("TUR", "Turkey"),
    "TT": ("TTO", "Trinidad and Tobago"), "TV": ("TUV", "Tuvalu"), "TW": ("TWN", "Taiwan"),
    "TZ": ("TZA", "Tanzania"), "UA": ("UKR", "Ukraine"), "UG": ("UGA", "Uganda"),
    "UM": ("UMI", "United States Minor Outlying Islands"), "US": ("USA", "United States"),
    "UY": ("URY", "Uruguay"), "UZ": ("UZB", "Uzbekistan"), "VA": ("VAT", "Vatican City"),
    "VC": ("VCT", "Saint Vincent and the Grenadines"), "VE": ("VEN", "Venezuela"),
    "VG": ("VGB", "British Virgin Islands"), "VI": ("VIR", "U.S. Virgin Islands"),
    "VN": ("VNM", "Vietnam"), "VU": ("VUT", "Vanuatu"), "WF": ("WLF", "Wallis and Futuna"),
    "WS": ("WSM", "Samoa"), "XK": ("XKX", "Kosovo"), "YE": ("YEM", "Yemen"),
    "YT": ("MYT", "Mayotte"), "ZA": ("ZAF", "South Africa"), "ZM": ("ZMB", "Zambia"),
    "ZW": ("ZWE", "Zimbabwe"),
}

CITY_COLUMNS = ["geonameid", "name", "altName", "country", "featureCode", "adminCode",
                "population", "lat", "lon"]


def fail(msg):
    print(f"import_geonames: {msg}", file=sys.stderr)
    sys.exit(1)


def shared_dir(arg):
    d = arg or os.environ.get("DYAD_SHARED") or os.path.join(REPO, "..", "shared")
    if not os.path.isdir(os.path.join(d, "data", "geo")):
        fail(f"no data/geo under {d}; pass the shared folder or set DYAD_SHARED")
    return d


def read_rows(path, columns=None):
    """Tab-separated rows of a UTF-8 file; with `columns`, the first line must be that
    header. Fields are NFC (the matcher and dyad's text are NFC)."""
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    start = 0
    if columns is not None:
        if not lines or lines[0].split("\t") != columns:
            fail(f"{path}:1: expected header {columns}")
        start = 1
    rows = []
    for n, line in enumerate(lines[start:], start + 1):
        fields = [unicodedata.normalize("NFC", x) for x in line.rstrip("\r").split("\t")]
        expected = len(columns) if columns else 4
        if len(fields) != expected:
            fail(f"{path}:{n}: expected {expected} fields, found {len(fields)}")
        rows.append((n, fields))
    return rows


def check_coordinate(path, n, lat, lon):
    try:
        la, lo = float(lat), float(lon)
    except ValueError:
        fail(f"{path}:{n}: bad coordinates {lat!r}, {lon!r}")
    if not (-90 <= la <= 90 and -180 <= lo <= 180):
        fail(f"{path}:{n}: coordinates out of range {lat}, {lon}")
    return la, lo


def spherical_mean(points):
    """Mean direction of (lat, lon) points in degrees, so regions across the antimeridian
    (Chukotka, Alaska) get a centre on the right side of the globe."""
    x = y = z = 0.0
    for la, lo in points:
        a, b = math.radians(la), math.radians(lo)
        x += math.cos(a) * math.cos(b)
        y += math.cos(a) * math.sin(b)
        z += math.sin(a)
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    lon = math.degrees(math.atan2(y, x))
    return f"{lat:.5f}", f"{lon:.5f}"


def build(shared):
    geo = os.path.join(shared, "data", "geo")
    cities_path = os.path.join(geo, "geonames-cities1000.tsv")
    admin_path = os.path.join(geo, "admin1CodesASCII.txt")
    iso3 = {a2: a3 for a2, (a3, _) in COUNTRIES.items()}
    if len(set(iso3.values())) != len(iso3):
        fail("COUNTRIES maps two codes to one ISO3 code")

    admin = {}  # (iso2, code) -> [name, geonameid]
    for n, (key, name, _ascii, gid) in read_rows(admin_path):
        if "." not in key or not gid.isdigit() or not name:
            fail(f"{admin_path}:{n}: expected CC.CODE, name, ascii name, geonameid")
        cc, code = key.split(".", 1)
        if cc not in iso3:
            fail(f"{admin_path}:{n}: country {cc} is not in COUNTRIES")
        admin[(cc, code)] = [name, gid]

    places, points, capitals, country_points = [], {}, {}, {}
    for n, f in read_rows(cities_path, CITY_COLUMNS):
        gid, name, _cc2, cc, feature, code, pop, lat, lon = f
        if cc not in iso3:
            fail(f"{cities_path}:{n}: country {cc} is not in COUNTRIES")
        if not gid.isdigit() or not pop.isdigit() or not name or not feature:
            fail(f"{cities_path}:{n}: bad geonameid, name, feature or population")
        la, lo = check_coordinate(cities_path, n, lat, lon)
        country_points.setdefault(cc, []).append((la, lo))
        if (cc, code) in admin:
            points.setdefault((cc, code), []).append((la, lo))
        else:
            code = ""  # GeoNames "00" and codes without a region row
        if feature == "PPLC":
            if cc in capitals:
                fail(f"{cities_path}:{n}: second PPLC for {cc}")
            capitals[cc] = (name, gid, lat, lon)
        if int(pop) >= MIN_POPULATION or feature == "PPLC":
            places.append([gid, name, iso3[cc], code, feature, pop, lat, lon])

    country_rows = []
    for cc, (a3, name) in COUNTRIES.items():
        if cc in capitals:
            cap, gid, lat, lon = capitals[cc]
        else:  # no PPLC (Israel, Western Sahara): the mean of the country's places
            cap = gid = ""
            lat, lon = spherical_mean(country_points[cc]) if cc in country_points else ("", "")
        country_rows.append([a3, cc, name, cap, gid, lat, lon])
    country_rows.sort()
    admin_rows = []
    for (cc, code), (name, gid) in admin.items():
        lat, lon = spherical_mean(points[(cc, code)]) if (cc, code) in points else ("", "")
        admin_rows.append([iso3[cc], code, name, gid, lat, lon])
    admin_rows.sort()
    places.sort(key=lambda r: (r[2], r[1], int(r[0])))
    return country_rows, admin_rows, places


def check_aliases(country_rows, admin_rows, places):
    path = os.path.join(OUT_DIR, "aliases.tsv")
    if not os.path.exists(path):
        return 0
    targets = {r[0] for r in country_rows} | {f"{r[0]}.{r[1]}" for r in admin_rows} \
        | {r[0] for r in places} | {"-"}
    count = 0
    with open(path, encoding="utf-8") as f:
        header = None
        for n, line in enumerate(f, 1):
            if line.startswith("#"):
                continue
            fields = line.rstrip("\n").split("\t")
            if header is None:
                header = fields
                continue
            if fields[1] not in targets:
                fail(f"{path}:{n}: alias target {fields[1]!r} is not in the new tables")
            count += 1
    return count


def tsv(comment, columns, rows):
    buf = io.StringIO()
    buf.write(comment + "\n")
    buf.write("\t".join(columns) + "\n")
    for r in rows:
        for field in r:
            if "\t" in field or "\n" in field:
                fail(f"field with a tab or newline: {field!r}")
        buf.write("\t".join(r) + "\n")
    return buf.getvalue()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared", nargs="?", help="the shared folder (default: $DYAD_SHARED "
                    "or ../shared beside the checkout)")
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args()
    countries, admin1, places = build(shared_dir(args.shared))
    aliases = check_aliases(countries, admin1, places)

    files = {
        "countries.tsv": tsv(LICENCE.format(what="countries (ISO 3166-1 codes and names "
                                            "are dyad's table), capitals"),
                             ["iso3", "iso2", "name", "capital", "capital_geonameid", "lat",
                              "lon"], countries),
        "admin1.tsv": tsv(LICENCE.format(what="first-level regions"),
                          ["country", "code", "name", "geonameid", "lat", "lon"], admin1),
        "places.tsv": tsv(LICENCE.format(what=f"populated places (population >= "
                                         f"{MIN_POPULATION:,} or capital)"),
                          ["geonameid", "name", "country", "admin1", "feature", "population",
                           "lat", "lon"], places),
    }
    differ = []
    for name, text in files.items():
        path = os.path.join(OUT_DIR, name)
        old = open(path, encoding="utf-8", newline="").read() if os.path.exists(path) else None
        if old == text:
            continue
        differ.append(name)
        if not args.check:
            os.makedirs(OUT_DIR, exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    if args.check and differ:
        fail("out of date: " + ", ".join(differ))
    print(("differ: " if args.check else "wrote: ") + (", ".join(differ) or "nothing") +
          f" ({len(countries)} countries, {len(admin1)} regions, {len(places)} places, "
          f"{aliases} aliases)")


if __name__ == "__main__":
    main()
