#!/usr/bin/env python3
"""Builds data/examples/example.rollkarta.json: an invented but realistic workshop on both
journeys, made from a fresh `rollkarta new` file. Run from the repository root after
`swift build`; the result is committed, and a test checks that it loads and re-saves unchanged."""
import json, re, subprocess, sys, tempfile, os

binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/rollkarta"
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "w.json")
    subprocess.run([binary, "new", path, "--title", "Ingen ska falla mellan stolarna – rollvalidering",
                    "--date", "2026-03-12", "--kind", "role-validation"], check=True, stdout=subprocess.DEVNULL)
    w = json.load(open(path, encoding="utf-8"))

def actor(id, name, abbr, kind, principal):
    return {"id": id, "name": name, "abbreviation": abbr, "kind": kind, "principal": principal}

w["actors"] = [
    actor("actor-bup", "Barn- och ungdomspsykiatri", "BUP", "bup", "region"),
    actor("actor-evi", "BUP En väg in", "EVI", "bup-evi", "region"),
    actor("actor-vc-uph", "Vårdcentral med UPH", "UPH", "vc-uph", "region"),
    actor("actor-elevhalsa", "Elevhälsa", "EH", "elevhalsa", "municipality"),
    actor("actor-ifo", "Socialtjänst IFO, myndighet", "IFO", "soc-myndighet-ifo", "municipality"),
    actor("actor-fc", "Familjecentral", "FC", "familjecentral", "municipality"),
    actor("actor-umo", "Ungdomsmottagning", "UMO", "umo", "region"),
    actor("actor-nsph", "NSPH", "NSPH", "nsph", "civil-society"),
    actor("actor-familj", "Vårdnadshavare och nätverk", "FAM", None, "civil-society"),
    actor("actor-vc", "Vårdcentral Närhälsan", "VC", "vc-region", "region"),
    actor("actor-psa", "Vuxenpsykiatri, affektiva", "PSA", "psykiatri-affektiva", "region"),
    actor("actor-som", "Socialtjänst myndighet", "SOM", "soc-myndighet", "municipality"),
    actor("actor-fsu", "Funktionsstöd utförare", "FSU", "funktionsstod-utforare", "municipality"),
    actor("actor-spr", "Sprututbytet", "SPR", "sprututbyte", "region"),
    actor("actor-kpv", "Kommunal primärvård", "KPV", "kommunal-primarvard", "municipality"),
]
for a in w["actors"]:
    if a["kind"] is None: del a["kind"]

def cell(j, step, role, actors, status="holds"):
    return {"journey": j, "step": step, "role": role, "actors": actors, "status": status}

w["assignments"] = [
    cell("child", "concern", "1", ["actor-familj"]),
    cell("child", "concern", "2", ["actor-familj"]),
    cell("child", "concern", "3", ["actor-elevhalsa", "actor-fc"]),
    cell("child", "first-contact", "3", ["actor-elevhalsa", "actor-vc-uph", "actor-umo"]),
    cell("child", "first-contact", "4", ["actor-vc-uph", "actor-umo"], "partly"),
    cell("child", "assessment", "4", ["actor-evi", "actor-vc-uph"]),
    cell("child", "investigation", "5", ["actor-bup"]),
    cell("child", "investigation", "5B", ["actor-ifo"]),
    cell("child", "treatment", "6", ["actor-bup", "actor-vc-uph"], "partly"),
    cell("child", "coordination", "7", ["actor-elevhalsa", "actor-ifo"], "unclear"),
    cell("child", "follow-up", "10", ["actor-fc"]),
    cell("child", "concern", "9", ["actor-nsph"]),
    cell("adult", "concern", "9", ["actor-nsph"], "partly"),  # NSPH is the user organisations' voice (role 9), not the person
    cell("adult", "first-contact", "3", ["actor-vc", "actor-spr"]),
    cell("adult", "assessment", "4", ["actor-vc", "actor-psa"], "partly"),
    cell("adult", "investigation", "5", ["actor-psa"]),
    cell("adult", "investigation", "5B", ["actor-som"]),
    cell("adult", "treatment", "6", ["actor-psa", "actor-vc"]),
    cell("adult", "treatment", "6B", ["actor-fsu", "actor-kpv"]),
    cell("adult", "follow-up", "14", ["actor-spr"], "unclear"),
]

w["gaps"] = [
    {"id": "gap-0001", "journey": "child", "step": "coordination", "role": "8", "actors": [],
     "description": "Ingen tar ansvar för att samordna planen när både BUP och socialtjänsten är inne; SIP initieras sent eller inte alls.",
     "kind": "unclear-responsibility", "cause": "plan", "priority": "high", "effectGoals": ["1", "V1"],
     "plan": {"action": "Gemensam rutin för vem som kallar till SIP när BUP och IFO båda har insatser",
              "responsible": "Vårdsamverkan, temagrupp barn och unga", "timeline": "2026 Q3",
              "goal": "SIP hålls inom 4 veckor efter att behov identifierats", "measure": "Andel SIP inom 4 veckor",
              "status": "ongoing"}},
    {"id": "gap-0002", "journey": "child", "step": "assessment", "role": "4", "actors": ["actor-evi", "actor-vc-uph"],
     "description": "Remisser studsar mellan En väg in och vårdcentralens UPH; barnet väntar utan att någon äger ärendet.",
     "kind": "contested", "cause": "competence", "priority": "high", "effectGoals": ["2", "4A"],
     "plan": {"action": "Gemensamma bedömningskriterier och direktkontakt vid avvisad remiss", "responsible": "",
              "timeline": "", "goal": "Ingen remiss returneras utan kontakt mellan mottagningarna", "measure": "",
              "status": "not-started"}},
    {"id": "gap-0003", "journey": "adult", "step": "follow-up", "role": "14", "actors": [],
     "description": "När personen uteblir fångar ingen upp det; kontakten tappas mellan psykiatri och socialtjänst.",
     "kind": "role-missing", "cause": "resources", "priority": "medium", "effectGoals": ["1", "4B"],
     "plan": {"action": "Pröva uppsökande funktion kopplad till sprututbytet", "responsible": "Verksamhetschef vuxenpsykiatri",
              "timeline": "Hösten 2026", "goal": "Alltid en kontaktperson efter uteblivet besök", "measure": "Andel uppföljda uteblivanden",
              "status": "not-started"}},
    {"id": "gap-0004", "journey": "adult", "step": "closure", "role": None, "actors": [],
     "description": "Avslut sker utan överenskommelse om vem som tar vid.",
     "kind": "task-missing", "cause": None, "priority": "low", "effectGoals": ["1"],
     "plan": {"action": "", "responsible": "", "timeline": "", "goal": "", "measure": "", "status": "not-started"}},
]
for g in w["gaps"]:
    for k in ("role", "step"):
        if g.get(k, "x") is None: del g[k]
    # Schema 2: the causes as a list, the plan as activities (a blank plan is none).
    cause = g.pop("cause")
    g["causes"] = [cause] if cause else []
    plan = g.pop("plan")
    blank = all(plan[k] == "" for k in ("action", "responsible", "timeline", "goal", "measure"))
    g["activities"] = [] if blank else [dict(plan, id=g["id"] + "-a1", level="general", history=[], conditions={"inPlace": []})]

def end(j, step, role, actor=None):
    e = {"journey": j, "step": step, "role": role}
    if actor: e["actor"] = actor
    return e

w["handovers"] = [
    {"id": "ho-0001", "from": end("child", "first-contact", "3", "actor-elevhalsa"), "to": end("child", "assessment", "4", "actor-vc-uph"),
     "what": "Oro för elevens mående, med elevhälsans iakttagelser", "status": "works", "flags": [], "note": ""},
    {"id": "ho-0002", "from": end("child", "assessment", "4", "actor-vc-uph"), "to": end("child", "investigation", "5", "actor-bup"),
     "what": "Remiss för utredning", "status": "fails", "flags": ["bounces-back", "patient-waits"],
     "note": "Remissen returneras med begäran om mer underlag; familjen får inget besked."},
    {"id": "ho-0003", "from": end("child", "treatment", "6", "actor-bup"), "to": end("adult", "treatment", "6", "actor-psa"),
     "what": "Övergång från BUP till vuxenpsykiatrin vid 18 år", "status": "missing", "flags": ["silent-transfer"],
     "note": "Ingen gemensam rutin; journalen skickas men ingen tar kontakt."},
    {"id": "ho-0004", "from": end("adult", "investigation", "5B", "actor-som"), "to": end("adult", "treatment", "6B", "actor-fsu"),
     "what": "Beslut om boendestöd", "status": "partly", "flags": [], "note": "Fungerar när handläggaren ringer utföraren."},
]

w["participants"] = [
    {"id": "p-elevhalsa-ak", "organisation": "Elevhälsa", "initials": "AK"},
    {"id": "p-vc-uph-ml", "organisation": "Vårdcentral med UPH", "initials": "ML"},
    {"id": "p-nsph", "organisation": "NSPH"},
]
w["answers"] = [
    {"participant": "p-elevhalsa-ak", "journey": "child", "role": "3", "vote": "yes", "comment": ""},
    {"participant": "p-elevhalsa-ak", "journey": "child", "role": "7", "vote": "discuss", "comment": "Rektor initierar sällan SIP själv; oftast är det kuratorn."},
    {"participant": "p-vc-uph-ml", "journey": "child", "role": "4", "vote": "no", "comment": "UPH styr inte vidare till BUP, det gör En väg in."},
    {"participant": "p-nsph", "journey": "child", "role": "9", "vote": "yes", "comment": ""},
]
# A show of hands in the room, for the participants without a machine of their own.
w["tallies"] = [
    {"journey": "child", "role": "8", "yes": 4, "no": 1, "discuss": 2, "note": "Handuppräckning i rummet"},
]
w["conflicts"] = []  # none: no merge has happened
# What participants said, as seed 003 keeps its dialogues (invented for the example).
w["insights"] = [
    {"id": "ins-0001", "kind": "quote", "text": "Vi vet aldrig vem som kallar till SIP när både vi och BUP är inne.",
     "theme": "continuity", "polarity": "challenge", "organisation": "actor-ifo", "journey": "child", "gap": "gap-0001"},
    {"id": "ins-0002", "kind": "observation", "text": "Elevhälsan och UPH har en fungerande direktkontakt vid oro.",
     "theme": "collaboration", "polarity": "positive", "organisation": "actor-elevhalsa", "journey": "child",
     "step": "first-contact", "role": "3"},
    {"id": "ins-0003", "kind": "next-step", "text": "Återkoppla rutinen för SIP till nätverksmötet i juni.",
     "theme": "continuity", "polarity": "positive"},
]
w["roleNotes"] = [
    {"journey": "child", "role": "8", "needs": "Mandat att kalla alla aktörer och tid avsatt för samordning.",
     "obstacles": "Oklart vem som äger samordningen när flera huvudmän är inne.",
     "entersWhere": "När fler än en verksamhet har insatser.", "whoTakesOver": "Fast vårdkontakt vid avslut."},
]

text = json.dumps(w, ensure_ascii=False, indent=2, sort_keys=True, separators=(",", " : "))
text = re.sub(r"\[\]", "[\n\n]", text)  # Foundation writes an empty list over three lines
# ...indented like its key: fix the closing bracket's indent
lines = text.split("\n"); out = []
for i, line in enumerate(lines):
    if line in ("]", "],") and i >= 2 and lines[i-1] == "" and lines[i-2].endswith("["):
        line = " " * (len(lines[i-2]) - len(lines[i-2].lstrip())) + line
    out.append(line)
open("data/examples/example.rollkarta.json", "w", encoding="utf-8").write("\n".join(out) + "\n")
