#!/usr/bin/env python3
# Writes data/examples/ws1-example.rollkarta.json: a workshop 1 from the seed's Habilitering example
# (its items and answers as the seed lists them) and two made-up organisations. Run from the
# repository root after `rollkarta new /tmp/ws1.json --journey child --kind expectation-mapping
# --title "Förväntanskartläggning – barn och unga (exempel)" --date 2026-02-10`; then normalise the
# bytes with `rollkarta merge-driver` (same file as base, ours and theirs).
import json, re
w = json.load(open('/tmp/ws1.json'))
w['actors'] = [
  {"id": "actor-hab", "name": "Habiliteringen", "abbreviation": "HAB", "kind": "habilitering", "principal": "region"},
  {"id": "actor-bup", "name": "Barn- och ungdomspsykiatrin", "abbreviation": "BUP", "kind": "bup", "principal": "region"},
  {"id": "actor-elevhalsa", "name": "Elevhälsan", "abbreviation": "EH", "kind": "elevhalsa", "principal": "school"},
]
items = []
n = [0]
def add(org, area, side, text, note="", sources=None, vote=None, comment="", responses=None):
    n[0] += 1
    items.append({"id": "exp-%04d" % n[0], "organisation": org, "area": area, "side": side, "text": text, "note": note,
                  "sources": sources or [], "responses": responses or [], "origins": [], "merged": [],
                  **({"answer": {"vote": vote, "comment": comment}} if vote else {})})
H = "actor-hab"
# The seed's worked example, Habilitering, as it lists it (egen beskrivning and andras uppfattning).
add(H, "target-group", "own", "0-18 år")
add(H, "target-group", "own", "Neuropsykiatriska funktionsnedsättningar, intellektuell funktionsnedsättning (IF), rörelsenedsättning, förvärvade hjärnskador.")
add(H, "target-group", "own", "Barn med enbart autism tom 6 år.",
    responses=[{"organisation": "actor-bup", "vote": "discuss", "comment": "Vem tar barn med enbart autism efter 6 år?"}])
add(H, "target-group", "perception", "0-18 år / 0-28 år", vote="no", comment="0-18 år, inte till 28")
for text in ["funktionsvariation, omfattande fysiska funktionsnedsättningar", "autism 0-6 år",
             "autism i kombination med utvecklingsstörning 0-17 år", "NPF",
             "psykisk ohälsa + IF, autism eller fysiska funktionsnedsättningar", "+ föräldrar",
             "fastställda diagnoser som omfattas av Habiliteringens uppdrag", "nedsatt rörelseförmåga, syn, hörsel",
             "Intellektuell funktionsnedsättning"]:
    add(H, "target-group", "perception", text, vote="yes")
add(H, "services", "own", "Habiliteringsinsatser till barn och unga med NPF och intellektuell funktionsnedsättning samt deras familjer.")
add(H, "services", "own", "Psykologisk behandling av lindrig till medelsvår psykisk ohälsa.")
for text in ["Utredning", "Bedömning av vårdbehov", "Behandling", "Habilitering", "stödsamtal",
             "vård och behandling av specialist så som ex sjukgymnast, arbetsterapeut, psykolog, sjuksköterska, läkare",
             "Utredning av barn för att ta ställning till om de hör till målgruppen",
             "Tvårprofessionella teamsatser för barn och unga med psykisk ohälsa där funktionsnedsättningen är i fokus.",
             "Samverkan med övriga verksamheter.", "Hjälpmedel", "information, rådgivning och stöd till anhöriga"]:
    add(H, "services", "perception", text, vote="yes")
# Two more organisations, made up for the example (not from the seed): what the others expect of them.
B, E = "actor-bup", "actor-elevhalsa"
add(B, "target-group", "own", "Barn och unga 0-17 år med måttlig till svår psykisk ohälsa")
add(B, "target-group", "perception", "Alla barn med koncentrationssvårigheter", sources=[E, H], vote="no",
    comment="Utan misstanke om psykiatrisk diagnos: elevhälsan och primärvården")
add(B, "services", "perception", "Utredning av ADHD och autism", sources=[E], vote="yes")
add(B, "services", "perception", "Stöd till skolan kring enskild elev", sources=[E, H], vote="discuss")
add(E, "services", "own", "Elevhälsans medicinska, psykologiska, psykosociala och specialpedagogiska insatser")
add(E, "services", "perception", "Samtalsbehandling vid lindrig psykisk ohälsa", sources=[B], vote="no",
    comment="Stödsamtal ja, behandling nej")
add(E, "target-group", "perception", "Elever i förskoleklass till gymnasiet", sources=[B, H], vote="yes")
w['expectations'] = items
w['missions'] = [
  {"organisation": H, "text": "Habiliteringsinsatser till barn och unga med funktionsnedsättning och deras familjer."},
  {"organisation": E, "text": "Förebyggande och hälsofrämjande arbete för eleverna, med stöd mot utbildningens mål."},
]
out = json.dumps(w, indent=2, sort_keys=True, ensure_ascii=False, separators=(',', ' : '))
out = re.sub(r'\[\]', '[\n\n  ]', out)  # as Swift's encoder writes an empty list
open('data/examples/ws1-example.rollkarta.json', 'w').write(out + '\n')
