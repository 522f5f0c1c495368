import Foundation
import RollkartaModel

/// The verification walk as one self-contained HTML page, for participants without a terminal
/// (`rollkarta export FILE --format verify-html`): the same subjects, texts, holders, question
/// and meanings as the walk, rendered here with every workshop text escaped; answered with
/// 1 / 2 / 3 or buttons; kept in the browser; "Spara svarsfil" downloads the answer file the
/// walk would write. Its Content-Security-Policy allows its own script and style by hash and
/// no connection of any kind; printed, it is a paper form.
public enum VerifyPage {
    public static func html(_ workshop: Workshop, workshopPath: String, organisation: String?, initials: String? = nil,
                            include: [VerificationSubject.Kind], language: Language) -> String {
        let file = ParticipantFile(for: workshop, organisation: organisation ?? "", initials: initials, onBehalf: false, include: include)
        let subjects = workshop.verificationSubjects(including: Set(file.include), organisation: organisation)
        let hashes = workshop.subjectHashes
        let maps = Dictionary(workshop.journeys.map { ($0.id, MapModel(workshop: workshop, journey: $0)) }, uniquingKeysWith: { a, _ in a })
        let t = PageText.of(language)
        var sections = ""
        for (index, subject) in subjects.enumerated() {
            var body = ""
            for line in SubjectLines.lines(subject, in: workshop, maps: maps, language) {
                // One paragraph per line as the walk writes it, which wraps where the text breaks.
                for paragraph in line.text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) {
                    let tag = line.style == .heading ? "h2" : "p"
                    let kind = line.style == .dim ? " class=\"dim\"" : line.indent > 0 ? " class=\"indent\"" : ""
                    body += "<\(tag)\(kind)>\(MarkupEscape.escape(paragraph))</\(tag)>"
                }
            }
            let meanings = [Vote.yes, .no, .discuss].enumerated().map { number, vote in
                "<button type=\"button\" class=\"vote\" data-vote=\"\(vote.rawValue)\" aria-pressed=\"false\">"
                    + "<span class=\"box\" aria-hidden=\"true\"></span><kbd>\(number + 1)</kbd> \(MarkupEscape.escape(vote.label(language)))"
                    + "<span class=\"meaning\"> = \(MarkupEscape.escape(meaning(vote, subject.kind, language)))</span></button>"
            }.joined()
            sections += """
                <section class="subject" id="s\(index)" data-index="\(index)" aria-labelledby="h\(index)" hidden>\
                <p class="progress-static">\(MarkupEscape.escape(subject.kind.label(language))) \(index + 1)/\(subjects.count)</p>\
                <div id="h\(index)">\(body)</div>\
                <p class="question">\(MarkupEscape.escape(WalkText.of(language).question(subject.kind)))</p>\
                <div class="votes" role="group" aria-label="\(MarkupEscape.escape(t.answer))">\(meanings)</div>\
                <label for="c\(index)">\(MarkupEscape.escape(t.comment))</label>\
                <textarea id="c\(index)" class="comment" rows="3"></textarea><div class="lines" aria-hidden="true"></div>\
                </section>
                """
        }
        let data = PageData(workshop: file.workshop, include: file.include.map(\.rawValue), organisation: organisation, initials: initials,
                            base: (ParticipantFile.answerFileBase(workshopPath: workshopPath) as NSString).lastPathComponent,
                            subjects: subjects.map { PageSubject(subject: $0, seen: hashes[$0] ?? "") },
                            texts: t.scripted)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // JSON inside a script element: no "<" may start a tag, so the three are escaped.
        let json = String(decoding: (try? encoder.encode(data)) ?? Data("{}".utf8), as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
        let csp = "default-src 'none'; script-src 'sha256-\(SHA256.base64(script))'; style-src 'sha256-\(SHA256.base64(style))'; "
            + "img-src 'none'; connect-src 'none'; font-src 'none'; form-action 'none'; base-uri 'none'"
        let who = organisation.map { MarkupEscape.escape($0) } ?? ""
        let whoInitials = initials.map { MarkupEscape.escape($0) } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="\(csp)">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(MarkupEscape.escape(t.title)) · \(MarkupEscape.escape(workshop.title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header><h1>\(MarkupEscape.escape(t.title)) · \(MarkupEscape.escape(workshop.title))</h1>
            <div class="who"><label for="org">\(MarkupEscape.escape(t.organisation))</label> <input id="org" value="\(who)" autocomplete="organization">
            <label for="initials">\(MarkupEscape.escape(t.initials))</label> <input id="initials" size="4" value="\(whoInitials)"></div>
            <p id="progress" role="status" aria-live="polite"></p>
            <p class="help">\(MarkupEscape.escape(t.help))</p></header>
            <main>\(sections)
            <section class="subject" id="suggestions" hidden aria-labelledby="sh">
            <h2 id="sh">\(MarkupEscape.escape(WalkText.of(language).missingQuestion))</h2>
            <p>\(MarkupEscape.escape(t.suggestionHelp))</p>
            <label for="suggestion">\(MarkupEscape.escape(t.suggestion))</label>
            <textarea id="suggestion" rows="3"></textarea><div class="lines" aria-hidden="true"></div>
            <button type="button" id="add-suggestion">\(MarkupEscape.escape(t.addSuggestion))</button>
            <ul id="suggestion-list"></ul>
            </section></main>
            <nav aria-label="\(MarkupEscape.escape(t.navigation))">
            <button type="button" id="previous">\(MarkupEscape.escape(t.previous))</button>
            <button type="button" id="next">\(MarkupEscape.escape(t.next))</button>
            <button type="button" id="unanswered">\(MarkupEscape.escape(t.nextUnanswered))</button>
            <button type="button" id="save">\(MarkupEscape.escape(t.save))</button>
            </nav>
            <script type="application/json" id="data">\(json)</script>
            <script>\(script)</script>
            </body>
            </html>

            """
    }

    private static func meaning(_ vote: Vote, _ kind: VerificationSubject.Kind, _ language: Language) -> String {
        let sv = language == .sv
        switch vote {
        case .yes: return sv ? "det stämmer" : "it is right"
        case .no: return sv ? "det stämmer inte, skriv vad" : "it is not, say what"
        case .discuss: return sv ? "ta upp det i gruppen" : "raise it with the group"
        }
    }

    struct PageSubject: Encodable {
        var subject: VerificationSubject
        var seen: String
    }

    struct PageData: Encodable {
        var workshop: ParticipantFile.WorkshopReference
        var include: [String]
        var organisation: String?
        /// Exported with `--initials`: the field's first value, and part of where the answers are kept.
        var initials: String?
        /// "ws" for ws.rollkarta.json: downloads are named base.verify-ORG-INITIALS.json, as the walk names them.
        var base: String
        var subjects: [PageSubject]
        var texts: [String: String]
    }

    static let style = """
        body{font-family:system-ui,sans-serif;font-size:1.1rem;line-height:1.5;margin:0 auto;max-width:50rem;padding:1rem;color:#111;background:#fff}\
        h1{font-size:1.4rem}h2{font-size:1.25rem;margin:.5rem 0}.dim{color:#444}.indent{margin-left:1.5rem}\
        .question{font-weight:bold;margin-top:1rem}.votes{display:flex;flex-wrap:wrap;gap:.5rem}\
        button{font:inherit;padding:.5rem .9rem;border:2px solid #111;border-radius:.3rem;background:#fff;color:#111;cursor:pointer}\
        button[aria-pressed=true]{background:#111;color:#fff}button[aria-pressed=true] .box::before{content:"☒ "}.box::before{content:"☐ "}\
        :focus-visible{outline:3px solid #1a56db;outline-offset:2px}textarea,input{font:inherit;width:100%;box-sizing:border-box}\
        .who input{width:auto}nav{display:flex;flex-wrap:wrap;gap:.5rem;margin-top:1rem}.lines{display:none}\
        kbd{font-family:inherit;font-weight:bold}.help{color:#444}[hidden]{display:none}\
        @media (max-width:40rem){body{font-size:1rem;padding:.5rem}.meaning{display:block;font-size:.9rem}}\
        @media print{nav,.help,#progress,.who input{display:none}section.subject,section.subject[hidden]{display:block;break-inside:avoid;\
        border-top:1px solid #000;padding-top:.5rem}textarea{display:none}.lines{display:block;height:4.5rem;\
        background:repeating-linear-gradient(transparent 0 1.4rem,#000 1.4rem 1.45rem)}button{border:none;padding:0 .5rem 0 0}\
        button[aria-pressed=true]{background:none;color:#000}}
        """

    static let script = """
        "use strict";(function(){var d=JSON.parse(document.getElementById("data").textContent);var T=d.texts;\
        var sections=Array.prototype.slice.call(document.querySelectorAll("section.subject"));var total=d.subjects.length;\
        var org=document.getElementById("org"),ini=document.getElementById("initials"),sug=document.getElementById("suggestion");\
        var key="rollkarta-page:"+d.workshop.id+":"+(d.organisation||"").trim().toLowerCase()+":"+(d.initials||"").trim().toLowerCase();\
        var current=0;var typed=false;var state=fresh();\
        function fresh(){return{answers:{},drafts:{},suggestions:[],suggestionDraft:""}}\
        function id(s){return JSON.stringify(s.subject)}\
        function object(v){return!!v&&typeof v==="object"&&!Array.isArray(v)}\
        function read(k){try{var v=JSON.parse(localStorage.getItem(k)||"null");return object(v)?v:null}catch(e){return null}}\
        function adopt(){var old="rollkarta:"+d.workshop.id+":",best=null,most=0;try{for(var j=0;j<localStorage.length;j++){var k=localStorage.key(j);\
        if(k.indexOf(old)!==0||(d.organisation&&k!==old+d.organisation.trim().toLowerCase()))continue;var s=read(k);if(!s||!object(s.answers))continue;\
        var answers={},n=0;d.subjects.forEach(function(x,i){var a=s.answers[i];if(object(a)&&a.seen===x.seen){answers[id(x)]=a;n++}});\
        if(n>most||(!best&&Array.isArray(s.suggestions)&&s.suggestions.length)){most=n;best={answers:answers,suggestions:s.suggestions,initials:typeof s.initials==="string"&&s.initials?s.initials:void 0}}}}catch(e){}return best}\
        function answer(a){return object(a)&&["yes","no","discuss"].indexOf(a.vote)>=0&&typeof a.seen==="string"&&typeof a.answeredAt==="string"?\
        {vote:a.vote,comment:typeof a.comment==="string"?a.comment:"",seen:a.seen,answeredAt:a.answeredAt}:null}\
        function load(){var s=read(key)||adopt();state=fresh();if(!s)return;\
        if(object(s.answers))Object.keys(s.answers).forEach(function(k){var a=answer(s.answers[k]);if(a&&k!=="__proto__")state.answers[k]=a});\
        if(object(s.drafts))Object.keys(s.drafts).forEach(function(k){if(typeof s.drafts[k]==="string"&&k!=="__proto__")state.drafts[k]=s.drafts[k]});\
        if(Array.isArray(s.suggestions))state.suggestions=s.suggestions.filter(function(x){return object(x)&&typeof x.text==="string"&&typeof x.writtenAt==="string"});\
        if(typeof s.suggestionDraft==="string")state.suggestionDraft=s.suggestionDraft;\
        if(typeof s.token==="string"&&/^[a-z0-9]{1,16}$/.test(s.token))state.token=s.token;\
        if(typeof s.organisation==="string")org.value=s.organisation;if(typeof s.initials==="string")ini.value=s.initials;sug.value=state.suggestionDraft}\
        function token(){var a="abcdefghjkmnpqrstuvwxyz23456789",r="",b=new Uint32Array(4);\
        try{crypto.getRandomValues(b)}catch(e){for(var i=0;i<4;i++)b[i]=Math.floor(Math.random()*4294967296)}\
        for(var j=0;j<4;j++)r+=a.charAt(b[j]%a.length);return r}\
        function store(){state.organisation=org.value;state.initials=ini.value;state.suggestionDraft=sug.value;\
        try{localStorage.setItem(key,JSON.stringify(state))}catch(e){}}\
        function now(){return new Date().toISOString().replace(/\\.\\d{3}Z$/,"Z")}\
        function answered(){var n=0;d.subjects.forEach(function(s){var a=state.answers[id(s)];if(a&&a.seen===s.seen)n++});return n}\
        function render(){sections.forEach(function(s,i){s.hidden=i!==current});\
        if(current<total){var k=id(d.subjects[current]);var a=state.answers[k];sections[current].querySelectorAll("button.vote").forEach(function(b){\
        b.setAttribute("aria-pressed",String(!!a&&a.vote===b.getAttribute("data-vote")))});\
        sections[current].querySelector("textarea").value=a?a.comment:(state.drafts[k]||"")}\
        var list=document.getElementById("suggestion-list");list.textContent="";state.suggestions.forEach(function(s){\
        var li=document.createElement("li");li.textContent=s.text;list.appendChild(li)});\
        document.getElementById("progress").textContent=(current<total?(current+1)+"/"+total:T.suggestionsLabel)+" · "+T.answered+" "+answered()+"/"+total}\
        function go(i){current=Math.max(0,Math.min(total,i));render();var f=sections[current].querySelector("button,textarea");if(f)f.focus();typed=false}\
        function vote(v){if(current>=total)return;var s=d.subjects[current];var k=id(s);var c=sections[current].querySelector("textarea");\
        state.answers[k]={vote:v,comment:c.value,seen:s.seen,answeredAt:now()};delete state.drafts[k];store();render();typed=false;\
        if(v==="yes"){go(current+1)}else{c.focus()}}\
        function unanswered(){for(var k=1;k<=total;k++){var i=(current+k)%total;var a=state.answers[id(d.subjects[i])];if(!a||a.seen!==d.subjects[i].seen){go(i);return}}go(total)}\
        function addSuggestion(){var text=sug.value.trim();if(!text)return false;state.suggestions.push({text:text,writtenAt:now()});sug.value="";store();render();return true}\
        function slug(t){var m={"å":"a","ä":"a","à":"a","á":"a","â":"a","ö":"o","ø":"o","ó":"o","ò":"o","ô":"o","é":"e","è":"e","ê":"e","ë":"e","ü":"u","ú":"u","ù":"u"};\
        var r="",dash=false;Array.from(t.normalize("NFC").toLowerCase()).some(function(ch){var c=m[ch]||(/^[a-z0-9]$/.test(ch)?ch:"");\
        if(!c){dash=true;return false}if(dash&&r)r+="-";dash=false;r+=c;return r.length>=40});return r}\
        sections.forEach(function(s,i){s.querySelectorAll("button.vote").forEach(function(b){b.addEventListener("click",function(){vote(b.getAttribute("data-vote"))})});\
        var c=s.querySelector("textarea.comment");if(c)c.addEventListener("input",function(){var k=id(d.subjects[i]);var a=state.answers[k];\
        if(a){a.comment=c.value;a.answeredAt=now()}else{state.drafts[k]=c.value}store()})});\
        document.getElementById("previous").addEventListener("click",function(){go(current-1)});\
        document.getElementById("next").addEventListener("click",function(){go(current+1)});\
        document.getElementById("unanswered").addEventListener("click",unanswered);\
        document.getElementById("add-suggestion").addEventListener("click",function(){addSuggestion();sug.focus()});\
        [org,ini,sug].forEach(function(f){f.addEventListener("input",store)});\
        document.getElementById("save").addEventListener("click",function(){var o=org.value.trim(),n=ini.value.trim();if(!o){org.focus();\
        document.getElementById("progress").textContent=T.organisationFirst;return}addSuggestion();store();\
        var answers=[];d.subjects.forEach(function(s){var a=state.answers[id(s)];if(a)answers.push({subject:s.subject,vote:a.vote,\
        comment:a.comment,seen:a.seen,answeredAt:a.answeredAt})});\
        var out={format:"rollkarta-verification",schemaVersion:1,workshop:d.workshop,organisation:o,onBehalf:false,\
        include:d.include,answers:answers,suggestions:state.suggestions,token:state.token};if(n)out.initials=n;\
        var name=d.base+".verify-"+(slug(o+" "+(n||state.token))||"participant")+".json";\
        var blob=new Blob([JSON.stringify(out,null,2)+"\\n"],{type:"application/json"});var a=document.createElement("a");\
        a.href=URL.createObjectURL(blob);a.download=name;document.body.appendChild(a);a.click();a.remove();\
        document.getElementById("progress").textContent=T.saved+" "+name+" · "+T.answered+" "+answered()+"/"+total});\
        document.addEventListener("input",function(){typed=true});document.addEventListener("pointerdown",function(){typed=false});\
        document.addEventListener("click",function(e){if(e.target&&e.target.closest&&e.target.closest("button"))typed=false});\
        document.addEventListener("keydown",function(e){var t=e.target||document.body;var tag=t.tagName||"";\
        if(tag==="TEXTAREA"||tag==="INPUT"||tag==="SELECT"||t.isContentEditable||e.ctrlKey||e.metaKey||e.altKey)return;\
        if(typed&&t!==document.body&&e.key.length===1)return;\
        if(e.key==="1")vote("yes");else if(e.key==="2")vote("no");else if(e.key==="3")vote("discuss");\
        else if(e.key==="ArrowRight")go(current+1);else if(e.key==="ArrowLeft")go(current-1);else if(e.key==="n")unanswered();else return;\
        e.preventDefault()});load();if(!state.token)state.token=token();render()})();
        """
}

/// The page's own words.
struct PageText: TextTable {
    let title: String
    let organisation: String
    let initials: String
    let help: String
    let answer: String
    let comment: String
    let suggestion: String
    let suggestionHelp: String
    let addSuggestion: String
    let navigation: String
    let previous: String
    let next: String
    let nextUnanswered: String
    let save: String
    let answered: String
    let suggestionsLabel: String
    let organisationFirst: String
    let saved: String


    /// The texts the script shows, by key.
    var scripted: [String: String] {
        ["answered": answered, "suggestionsLabel": suggestionsLabel, "organisationFirst": organisationFirst, "saved": saved]
    }
}

extension PageText {
    /// Svenska.
    static let sv = PageText(
        title: "Verifiering",
        organisation: "Verksamhet",
        initials: "Initialer (valfritt)",
        help: "Svara med 1, 2 eller 3 eller med knapparna; ← → bläddrar, n går till nästa obesvarade (efter att du skrivit text "
            + "gäller tangenterna igen när du bläddrat eller tryckt på en knapp). Svaren sparas i webbläsaren; "
            + "\"Spara svarsfil\" laddar ner filen du skickar till facilitatorn.",
        answer: "Svar",
        comment: "Kommentar (valfri)",
        suggestion: "Förslag",
        suggestionHelp: "Skriv fritt, ett förslag i taget.",
        addSuggestion: "Lägg till förslaget",
        navigation: "Bläddra och spara",
        previous: "← Föregående",
        next: "Nästa →",
        nextUnanswered: "Nästa obesvarade (n)",
        save: "Spara svarsfil",
        answered: "besvarade",
        suggestionsLabel: "Förslag",
        organisationFirst: "Skriv din verksamhet först.",
        saved: "Sparad:"
    )
}

extension PageText {
    /// English.
    static let en = PageText(
        title: "Verification",
        organisation: "Organisation",
        initials: "Initials (optional)",
        help: "Answer with 1, 2 or 3 or with the buttons; ← → browse, n goes to the next unanswered (after you have typed text "
            + "the keys work again once you have browsed or pressed a button). The answers are kept in the "
            + "browser; \"Save answer file\" downloads the file you send to the facilitator.",
        answer: "Answer",
        comment: "Comment (optional)",
        suggestion: "Suggestion",
        suggestionHelp: "Write freely, one suggestion at a time.",
        addSuggestion: "Add the suggestion",
        navigation: "Browse and save",
        previous: "← Previous",
        next: "Next →",
        nextUnanswered: "Next unanswered (n)",
        save: "Save answer file",
        answered: "answered",
        suggestionsLabel: "Suggestions",
        organisationFirst: "Type your organisation first.",
        saved: "Saved:"
    )
}
