// quadrant in a browser: one WebSocket to `websocketd … quadrant serve`, one protocol line per message.
// Plain JavaScript, no dependencies. Bot and participant text is only ever set as textContent; the SVG card
// (our own, with participant words escaped) is shown through an <img> with a data: URL, where no script runs.
"use strict";

(() => {
  const SESSION = "web";
  const TEXTS = {
    nl: {
      title: "Kernkwadrant", language: "Taal", restart: "Opnieuw", conversation: "Gesprek", choose: "Kies een antwoord",
      input: "Jouw antwoord", placeholder: "Typ je antwoord…", send: "Stuur", result: "Jullie kernkwadrant",
      download: "Download als SVG", file: "kernkwadrant.svg", connecting: "Verbinden…", connected: "Verbonden.",
      closed: "De verbinding is verbroken. Klik op ‘Opnieuw’ om verder te gaan.", ended: "Het gesprek is afgesloten. Klik op ‘Opnieuw’ voor een nieuw gesprek.",
      problem: "Dat ging mis", card: (q) => `Kernkwadrant: kernkwaliteit ${q.quality}, valkuil ${q.pitfall}, uitdaging ${q.challenge}, allergie ${q.allergy}.`,
    },
    en: {
      title: "Core quadrant", language: "Language", restart: "Start over", conversation: "Conversation", choose: "Pick an answer",
      input: "Your answer", placeholder: "Type your answer…", send: "Send", result: "Your core quadrant",
      download: "Download as SVG", file: "core-quadrant.svg", connecting: "Connecting…", connected: "Connected.",
      closed: "The connection was lost. Click ‘Start over’ to continue.", ended: "The conversation has ended. Click ‘Start over’ for a new one.",
      problem: "Something went wrong", card: (q) => `Core quadrant: quality ${q.quality}, pitfall ${q.pitfall}, challenge ${q.challenge}, allergy ${q.allergy}.`,
    },
  };

  const $ = (id) => document.getElementById(id);
  const log = $("log"), options = $("options"), input = $("input"), send = $("send"), status = $("status");
  const languageChoice = $("lang"), result = $("result"), card = $("card"), download = $("download");

  let socket = null;
  let nextId = 1;
  let started = false;
  // The language: ?lang=nl or ?lang=en, else the browser's (English for English browsers, Dutch otherwise).
  const asked = new URLSearchParams(location.search).get("lang");
  let lang = asked === "nl" || asked === "en" ? asked : /^en\b/.test(navigator.language || "") ? "en" : "nl";
  let lastQuadrant = null;

  function texts() { return TEXTS[lang] || TEXTS.nl; }

  function applyLanguage() {
    const t = texts();
    document.documentElement.lang = lang;
    document.title = t.title;
    languageChoice.value = lang;
    $("title").textContent = t.title;
    $("lang-label").textContent = t.language;
    $("restart").textContent = t.restart;
    log.setAttribute("aria-label", t.conversation);
    options.setAttribute("aria-label", t.choose);
    $("input-label").textContent = t.input;
    input.placeholder = t.placeholder;
    send.textContent = t.send;
    $("result-title").textContent = t.result;
    download.textContent = t.download;
    download.download = t.file;
  }

  function connect() {
    setStatus(texts().connecting);
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    socket = new WebSocket(scheme + location.host + "/");
    socket.onmessage = (message) => String(message.data).split("\n").filter((line) => line.trim()).forEach(receive);
    socket.onclose = () => {
      started = false;
      setComposer(false);
      options.replaceChildren();
      setStatus(texts().closed);
    };
  }

  function request(fields) {
    if (!socket || socket.readyState !== WebSocket.OPEN) return;
    socket.send(JSON.stringify({ ...fields, id: nextId++ }));
  }

  function start() {
    log.replaceChildren();
    options.replaceChildren();
    hideCard();
    request({ type: "start", session: SESSION, lang });
    started = true;
  }

  function say(text, shown) {
    addBubble("you", shown);
    options.replaceChildren();
    request({ type: "say", session: SESSION, text });
  }

  // protocol.md, "What a host does with what it does not know": unknown event types and fields are ignored.
  function receive(line) {
    let event;
    try { event = JSON.parse(line); } catch { return; }
    if (!event || typeof event !== "object") return;
    switch (event.type) {
      case "ready":
        setStatus(texts().connected);
        start();
        break;
      case "reply": showReply(event); break;
      case "quadrant": request({ type: "render", session: SESSION, format: "svg" }); break;
      case "rendered": if (event.format === "svg") showCard(event.content); break;
      case "ended":
        started = false;
        setComposer(false);
        options.replaceChildren();
        addBubble("notice", texts().ended);
        break;
      case "error":
        addBubble("problem", `${texts().problem} (${event.code}): ${event.message}`);
        break;
      default: break;
    }
  }

  function showReply(reply) {
    if (reply.lang && reply.lang !== lang && TEXTS[reply.lang]) {
      lang = reply.lang;
      applyLanguage();
    }
    addBubble("bot", reply.text);
    const hadFocus = options.contains(document.activeElement) || document.activeElement === document.body;
    options.replaceChildren(...(reply.options || []).map((option) => {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = option.label;
      button.addEventListener("click", () => say(option.value, option.label));
      return button;
    }));
    setComposer(true);
    if (hadFocus) (options.querySelector("button") || input).focus();

    lastQuadrant = reply.quadrant || null;
    const complete = lastQuadrant && ["quality", "pitfall", "challenge", "allergy"].every((corner) => lastQuadrant[corner]);
    if (!complete) hideCard();
    else if (reply.stage === "done") request({ type: "render", session: SESSION, format: "svg" });
  }

  function showCard(svg) {
    const url = "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg);
    card.src = url;
    card.alt = lastQuadrant ? texts().card(lastQuadrant) : texts().result;
    download.href = url;
    result.hidden = false;
    card.addEventListener("load", scrollToEnd, { once: true });
  }

  function scrollToEnd() {
    const scroller = $("scroller");
    scroller.scrollTop = scroller.scrollHeight;
  }

  function hideCard() {
    result.hidden = true;
    card.removeAttribute("src");
    download.href = "#";
  }

  function addBubble(kind, text) {
    const item = document.createElement("li");
    item.className = kind;
    item.textContent = text;
    log.append(item);
    scrollToEnd();
  }

  function setComposer(enabled) {
    input.disabled = !enabled;
    send.disabled = !enabled;
  }

  function setStatus(text) { status.textContent = text; }

  $("composer").addEventListener("submit", (submitted) => {
    submitted.preventDefault();
    const text = input.value.trim();
    if (!text || !started) return;
    input.value = "";
    say(text, text);
  });

  languageChoice.addEventListener("change", () => {
    lang = languageChoice.value;
    applyLanguage();
    // Mid-walk, the switch is a command the bot understands; it carries the filled corners over.
    if (started) request({ type: "say", session: SESSION, text: lang === "en" ? "/en" : "/nl" });
  });

  $("restart").addEventListener("click", () => {
    if (socket && socket.readyState === WebSocket.OPEN) start();
    else connect();
  });

  applyLanguage();
  connect();
})();
