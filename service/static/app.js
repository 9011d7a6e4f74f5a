// The consultants' page: vanilla JavaScript, no build step, no third-party code.
// Every piece of data comes from the API with the consultant's own bearer token, so access
// rules and the audit log apply as for any client. The token lives in sessionStorage only
// (gone when the tab closes). Data is always inserted as text, never as HTML.
"use strict";

const TOKEN_KEY = "matcher.token";
const STATUS_DA = {
  ok: "Opfylder alle hensyn",
  unverified: "Ikke verificeret",
  conflict: "Konflikt",
};
const ROLE_DA = {
  consultant: "virksomhedskonsulent",
  team_lead: "teamleder",
  analyst: "analytiker",
  admin: "administrator",
};
// Danish names of the hard rules a seat can break (the rule codes of the API).
const RULE_DA = {
  max_lift_kg: "løft over grænsen",
  no_prolonged_standing: "længerevarende stående arbejde",
  no_prolonged_walking: "længerevarende gang",
  no_bending: "foroverbøjet arbejde",
  no_overhead_work: "arbejde over skulderhøjde",
  limited_hand_use: "krav til hænderne",
  max_hours_per_week: "for mange timer",
  day_shift_only: "vagter uden for dagtid",
  quiet_environment: "støj",
  no_customer_contact: "kundekontakt",
  not_alone: "alenearbejde",
  no_time_pressure: "tidspres",
  simple_tasks: "komplekse opgaver",
  flexible_breaks: "ingen fleksible pauser",
  no_wet_work: "vådt arbejde",
  no_cold_environment: "kulde",
  no_chemicals: "kemikalier",
  wheelchair_access: "ingen kørestolsadgang",
  max_travel_minutes: "for lang transporttid",
  no_driving: "kørsel",
  complex_needs_generation_2: "kræver 2. generations virksomhed",
  hours_per_week: "minimumstimetal over borgerens timer",
  licence_B: "kræver kørekort B",
  licence_C: "kræver kørekort C",
  licence_forklift: "kræver truckcertifikat",
  licence_hygiene: "kræver hygiejnebevis",
  licence_first_aid: "kræver førstehjælpskursus",
  accommodations_text_unclear: "skånehensyn ikke fuldt forstået – læs teksten",
};
// Danish wording of the accommodation needs; the valued ones take their number.
const NEED_DA = {
  max_lift_kg: (v) => `Løfte højst ${v ?? "…"} kg`,
  no_prolonged_standing: () => "Ikke stå i længere tid",
  no_prolonged_walking: () => "Ikke gå i længere tid",
  no_bending: () => "Ikke foroverbøjet arbejde",
  no_overhead_work: () => "Ikke arbejde over skulderhøjde",
  limited_hand_use: () => "Begrænset brug af hænderne",
  max_hours_per_week: (v) => `Højst ${v ?? "…"} timer om ugen`,
  day_shift_only: () => "Kun dagarbejde",
  quiet_environment: () => "Rolige omgivelser",
  no_customer_contact: () => "Ingen kundekontakt",
  not_alone: () => "Må ikke arbejde alene",
  no_time_pressure: () => "Intet tidspres",
  simple_tasks: () => "Enkle opgaver",
  flexible_breaks: () => "Pauser efter behov",
  no_wet_work: () => "Intet vådt arbejde",
  no_cold_environment: () => "Ikke arbejde i kulde",
  no_chemicals: () => "Ingen kemikalier",
  wheelchair_access: () => "Adgang med kørestol",
  max_travel_minutes: (v) => `Højst ${v ?? "…"} minutters transport`,
  no_driving: () => "Må ikke føre køretøj",
};
const VALUED_NEEDS = new Set(["max_lift_kg", "max_hours_per_week", "max_travel_minutes"]);
const SOURCE_DA = { text: "læst i teksten", structured: "registreret", icf: "fra ICF-profilen" };
// The reader's warnings ("<kind>: '<sentence>'", as `matcher profiles` writes them) in Danish.
const WARNING_DA = [
  [/^sentence not understood: '([\s\S]*)'$/, () => "Ikke forstået"],
  [/^sentence partly understood \(spelling guessed: (.*?)\): '([\s\S]*)'$/, (m) => `Delvist forstået (stavning gættet: ${m[1]})`],
  [/^sentence partly understood: '([\s\S]*)'$/, () => "Delvist forstået"],
  [/^vague need, read cautiously: '([\s\S]*)'$/, () => "Uklart hensyn, læst med den strengeste værdi"],
  [/^hours read as a mentor's or helper's time, not as working time: '([\s\S]*)'$/, () => "Timer læst som mentorens eller en støttepersons tid, ikke som arbejdstid"],
  [/^ICF problem of unspecified severity, its need not read: '([\s\S]*)'$/, () => "ICF-kategori uden angivet sværhedsgrad (8) – det hensyn, den kan betyde, er ikke læst"],
  [/^limit in a reassurance, not read as a need: '([\s\S]*)'$/, () => "Grænse i en beroligende sætning, ikke læst som hensyn"],
  [/^needs read as no longer holding, check: '([\s\S]*)'$/, () => "Læst som et hensyn, der ikke længere gælder – kontrollér"],
  [/^accommodations were reviewed/, () => "Skånehensynene blev bekræftet for en tidligere udgave af teksten – gennemgå dem igen"],
  [/^licences were confirmed/, () => "Kørekort og beviser blev bekræftet for en tidligere udgave af CV'et – bekræft dem igen"],
];
// The profile's warning that a licence confirmation covers an earlier CV (shown with the licences).
const LICENCES_STALE = "licences were confirmed";
// The profile's warning that a task suggestion names no task area (shown on its own list).
const SUGGESTION_UNREAD = /^task suggestion names no task area: '([\s\S]*)'$/;
const LICENCE_DA = {
  B: "Kørekort B (bil)",
  C: "Kørekort C (lastbil)",
  forklift: "Truckcertifikat",
  hygiene: "Hygiejnebevis",
  first_aid: "Førstehjælpskursus",
};
const MAX_SHOWN = 50;

const state = { citizens: [], seats: new Map(), chosen: null, profile: null, record: null };

function $(id) {
  return document.getElementById(id);
}

function token() {
  return sessionStorage.getItem(TOKEN_KEY) || "";
}

class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `HTTP ${status}`);
    this.status = status;
    this.body = body || {};
  }
}

async function api(method, path, body) {
  const headers = { Authorization: `Bearer ${token()}` };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  let data = null;
  try {
    data = await response.json();
  } catch (_ignored) {
    data = null;
  }
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}

function describeError(error) {
  if (!(error instanceof ApiError)) return "Kunne ikke kontakte tjenesten.";
  switch (error.status) {
    case 401:
      return "Adgangsnøglen er ukendt eller tilbagekaldt.";
    case 403:
      return "Din rolle må ikke dette.";
    case 404:
      return "Findes ikke (længere).";
    case 503:
      return "Scoringsmodellen indlæses – prøv igen om et øjeblik.";
    default:
      return error.message;
  }
}

function say(id, text, kind) {
  const el = $(id);
  el.textContent = text;
  el.className = kind || "";
}

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

// --- login -----------------------------------------------------------------------------------

async function pagedGet(path) {
  const all = [];
  for (let offset = 0; ; offset += 1000) {
    const sep = path.includes("?") ? "&" : "?";
    const page = await api("GET", `${path}${sep}limit=1000&offset=${offset}`);
    all.push(...page);
    if (page.length < 1000) return all;
  }
}

async function login() {
  say("who", "Kontrollerer adgangsnøglen …");
  try {
    const me = await api("GET", "/me");
    say("who", `Logget ind som ${me.name} (${ROLE_DA[me.role] || me.role}).`, "success");
    if (me.role !== "consultant" && me.role !== "team_lead") {
      say("who", `${me.name} er ${ROLE_DA[me.role] || me.role} og kan ikke se borgere.`, "error");
      return;
    }
    const [citizens, centres] = await Promise.all([
      pagedGet("/citizens"),
      pagedGet("/centres"),
    ]);
    state.citizens = citizens;
    state.seats = new Map();
    for (const centre of centres) {
      for (const seat of centre.seats) {
        state.seats.set(seat.id, { title: seat.record.title, centre: centre.record.name });
      }
    }
    $("search").hidden = false;
    renderCitizens();
    $("citizen-query").focus();
  } catch (error) {
    say("who", describeError(error), "error");
  }
}

function logout() {
  sessionStorage.removeItem(TOKEN_KEY);
  $("token").value = "";
  state.citizens = [];
  state.chosen = null;
  $("search").hidden = true;
  $("needs").hidden = true;
  $("matches").hidden = true;
  say("who", "Logget ud.");
}

// --- citizens --------------------------------------------------------------------------------

function renderCitizens() {
  const query = $("citizen-query").value.trim().toLowerCase();
  const found = state.citizens.filter(
    (c) =>
      !query ||
      c.id.toLowerCase().includes(query) ||
      (c.consultant || "").toLowerCase().includes(query),
  );
  const list = $("citizen-list");
  list.replaceChildren();
  for (const citizen of found.slice(0, MAX_SHOWN)) {
    const item = el("li");
    const button = el("button", `${citizen.id} · ${citizen.target_group} · konsulent ${citizen.consultant || "–"}`);
    button.type = "button";
    button.dataset.citizenId = citizen.id;
    button.addEventListener("click", () => choose(citizen.id));
    item.append(button);
    list.append(item);
  }
  const more = found.length > MAX_SHOWN ? ` (viser de første ${MAX_SHOWN})` : "";
  $("citizen-count").textContent = `${found.length} borgere${more}`;
}

async function choose(citizenId) {
  state.chosen = citizenId;
  $("chosen-citizen").textContent = citizenId;
  $("needs-citizen").textContent = citizenId;
  $("needs").hidden = false;
  $("matches").hidden = false;
  await Promise.all([loadNeeds(), loadMatches(), loadHolding()]);
}

async function loadHolding() {
  const note = $("holding");
  note.hidden = true;
  try {
    const id = encodeURIComponent(state.chosen);
    const [reserved, started] = await Promise.all([
      api("GET", `/placements?citizen_id=${id}&status=reserved`),
      api("GET", `/placements?citizen_id=${id}&status=started`),
    ]);
    const holding = [...reserved, ...started];
    if (holding.length) {
      const p = holding[0];
      const what = p.status === "started" ? "er i praktik på" : "har en reservation på";
      note.textContent = `Borgeren ${what} plads ${p.seat_id} (placering #${p.id}).`;
      note.hidden = false;
    }
  } catch (_ignored) {
    // The matches section reports errors; this note is only a help.
  }
}

// --- accommodation needs ---------------------------------------------------------------------

function needText(need) {
  const words = NEED_DA[need.code];
  return words ? words(need.value) : need.code;
}

function warningText(warning) {
  for (const [pattern, words] of WARNING_DA) {
    const found = warning.match(pattern);
    if (found) return found.length > 1 ? `${words(found)}: »${found[found.length - 1]}«` : `${words(found)}.`;
  }
  return warning;
}

async function loadNeeds() {
  const id = encodeURIComponent(state.chosen);
  try {
    const [profile, citizen] = await Promise.all([
      api("GET", `/citizens/${id}/profile`),
      api("GET", `/citizens/${id}`),
    ]);
    state.profile = profile;
    state.record = citizen.record;
    renderNeeds();
  } catch (error) {
    say("needs-state", describeError(error), "error");
  }
}

function renderNeeds() {
  const { profile, record } = state;
  $("needs-text").textContent = record.accommodations_text || "";
  const list = $("needs-list");
  list.replaceChildren();
  for (const need of profile.accommodations) {
    const item = el("li", needText(need));
    const where = need.evidence ? `${SOURCE_DA[need.source]}: »${need.evidence}«` : SOURCE_DA[need.source];
    item.append(" ", el("span", `(${where || need.source})`, "need-source"));
    list.append(item);
  }
  if (!profile.accommodations.length) list.append(el("li", "Ingen skånehensyn."));
  const warnings = $("needs-warning-list");
  const about = profile.warnings.filter((w) => !w.startsWith(LICENCES_STALE) && !SUGGESTION_UNREAD.test(w));
  warnings.replaceChildren(...about.map((w) => el("li", warningText(w))));
  $("needs-warnings").hidden = about.length === 0;
  const unread = profile.warnings.map((w) => w.match(SUGGESTION_UNREAD)).filter(Boolean);
  $("suggestion-warning-list").replaceChildren(...unread.map((m) => el("li", `»${m[1]}«`)));
  $("suggestion-warnings").hidden = unread.length === 0;
  const review = record.accommodations_reviewed;
  if (profile.needs_unclear) {
    say(
      "needs-state",
      "Teksten er ikke fuldt forstået, så alle pladser står som »Ikke verificeret« og kommer ikke med i den samlede fordeling. " +
        "Læs teksten, tilføj de hensyn der mangler, og bekræft så, at skånehensynene er komplette.",
      "notice",
    );
  } else if (profile.accommodations_reviewed && review) {
    say("needs-state", `Skånehensynene er bekræftet komplette af ${review.by || "ukendt"} den ${review.on || "–"}.`, "success");
  } else {
    say("needs-state", "Hele teksten er forstået.", "hint");
  }
  $("needs-confirm").hidden = !profile.needs_unclear;
  $("need-add").hidden = false;
  renderLicences();
}

function renderLicences() {
  const { profile, record } = state;
  const boxes = $("licence-boxes");
  boxes.replaceChildren();
  for (const [code, label] of Object.entries(LICENCE_DA)) {
    const box = el("input");
    box.type = "checkbox";
    box.id = `licence-${code}`;
    box.value = code;
    // a licence left in doubt is not ticked: confirming it takes the caseworker's own tick
    box.checked = profile.licences.includes(code) && !profile.licences_unclear.includes(code);
    const text = profile.licences_unclear.includes(code) ? `${label} (usikker i CV'et – bekræft)` : label;
    const row = el("label", ` ${text}`);
    row.prepend(box);
    boxes.append(row);
  }
  const word = record.licences_confirmed;
  const stale = profile.warnings.find((w) => w.startsWith(LICENCES_STALE));
  if (stale) {
    say("licences-state", warningText(stale) + ".", "notice");
  } else if (profile.licences_confirmed && word) {
    say("licences-state", `Bekræftet af ${word.by || "ukendt"} den ${word.on || "–"}.`, "success");
  } else if (profile.licences_unclear.length) {
    say(
      "licences-state",
      "CV'et er usikkert om de markerede beviser, så pladser, der kræver dem, står som »Ikke verificeret«. Tjek papirerne og bekræft.",
      "notice",
    );
  } else {
    say("licences-state", "Læst fra CV'et. Ret og bekræft, hvis det ikke passer.", "hint");
  }
  $("licences").hidden = false;
}

// A caseworker's confirmation of what was read (`send` posts it): 409 means the text changed.
async function confirmRead(buttonId, send, stateId, changedMessage) {
  const button = $(buttonId);
  button.disabled = true;
  try {
    await send();
    await Promise.all([loadNeeds(), loadMatches()]);
  } catch (error) {
    const changed = error instanceof ApiError && error.status === 409;
    await loadNeeds();
    say(stateId, changed ? changedMessage : describeError(error), "error");
  } finally {
    button.disabled = false;
  }
}

async function confirmLicences(event) {
  event.preventDefault();
  const licences = [...$("licence-boxes").querySelectorAll("input:checked")].map((box) => box.value);
  await confirmRead(
    "licences-confirm",
    () =>
      api("POST", `/citizens/${encodeURIComponent(state.chosen)}/licences-confirmation`, {
        cv_sha256: state.profile.cv_sha256,
        licences,
      }),
    "licences-state",
    "CV'et er ændret, siden du læste det. Læs det igen.",
  );
}

async function addNeed(event) {
  event.preventDefault();
  const code = $("need-code").value;
  const need = { code };
  if (VALUED_NEEDS.has(code)) {
    const value = Number($("need-value").value);
    if (!(value > 0)) {
      say("needs-state", "Skriv en værdi større end 0 for dette hensyn.", "error");
      return;
    }
    need.value = value;
  }
  const accommodations = [...(state.record.accommodations || []), need];
  try {
    await api("PATCH", `/citizens/${encodeURIComponent(state.chosen)}`, { accommodations });
    $("need-value").value = "";
    await Promise.all([loadNeeds(), loadMatches()]);
  } catch (error) {
    say("needs-state", describeError(error), "error");
  }
}

async function confirmNeeds() {
  await confirmRead(
    "needs-confirm",
    () =>
      api("POST", `/citizens/${encodeURIComponent(state.chosen)}/accommodations-review`, {
        text_sha256: state.profile.text_sha256,
      }),
    "needs-state",
    "Teksten er ændret, siden du læste den. Læs den igen.",
  );
}

function fillNeedCodes() {
  const select = $("need-code");
  for (const code of Object.keys(NEED_DA)) {
    const option = el("option", NEED_DA[code](undefined));
    option.value = code;
    select.append(option);
  }
  const valued = () => {
    const needsValue = VALUED_NEEDS.has(select.value);
    $("need-value").disabled = !needsValue;
    $("need-value").required = needsValue;
  };
  select.addEventListener("change", valued);
  valued();
}

// --- matches ---------------------------------------------------------------------------------

async function loadMatches(retries = 3) {
  const table = $("match-table");
  table.hidden = true;
  say("match-status", "Henter forslag …");
  const top = $("top").value;
  const conflicts = $("include-conflicts").checked;
  const path = `/citizens/${encodeURIComponent(state.chosen)}/matches?top=${top}&include_conflicts=${conflicts}`;
  try {
    const answer = await api("GET", path);
    renderMatches(answer);
  } catch (error) {
    if (error instanceof ApiError && error.status === 503 && retries > 0) {
      say("match-status", describeError(error));
      setTimeout(() => loadMatches(retries - 1), 3000);
      return;
    }
    say("match-status", describeError(error), "error");
  }
}

function renderMatches(answer) {
  const rows = $("match-rows");
  rows.replaceChildren();
  for (const match of answer.matches) {
    const seat = state.seats.get(match.seat_id) || {};
    const tr = el("tr");
    tr.dataset.seatId = match.seat_id;
    tr.append(el("td", match.rank));
    const place = el("td");
    place.append(el("div", seat.title || match.seat_id, "seat-title"));
    place.append(el("div", `${seat.centre || match.centre_id} · ${match.seat_id}`, "seat-sub"));
    tr.append(place);
    tr.append(el("td", `${Math.round(match.score * 100)} %`));
    tr.append(el("td", STATUS_DA[match.status] || match.status, `status-${match.status}`));
    tr.append(el("td", `${match.travel_minutes} min`));
    const reasons = el("td");
    const list = el("ul");
    for (const reason of match.reasons) list.append(el("li", reason));
    reasons.append(list);
    tr.append(reasons);
    const rule = (code) => RULE_DA[code] || code;
    const conflicts = [
      ...match.conflicts.map(rule),
      ...(match.unverified || []).map((u) => `${rule(u)} (ikke verificeret)`),
    ];
    tr.append(el("td", conflicts.join(", ") || "–"));
    const action = el("td");
    const button = el("button", "Reservér");
    button.type = "button";
    button.className = "reserve";
    button.disabled = match.status === "conflict";
    button.addEventListener("click", () => reserve(match.seat_id, button));
    action.append(button);
    tr.append(action);
    rows.append(tr);
  }
  $("match-table").hidden = answer.matches.length === 0;
  const none = answer.no_matches && answer.no_matches.length
    ? `Ingen ledige pladser passer: ${answer.no_matches.join(". ")}.`
    : "Ingen ledige pladser passer til borgerens skånehensyn og regler.";
  say("match-status", answer.matches.length ? `Model ${answer.model}` : none, answer.matches.length ? "hint" : "notice");
}

async function reserve(seatId, button) {
  button.disabled = true;
  try {
    const made = await api("POST", "/placements", { citizen_id: state.chosen, seat_id: seatId });
    await Promise.all([loadMatches(), loadHolding()]);
    say("match-status", `Plads ${seatId} er reserveret (placering #${made.id}).`, "success");
  } catch (error) {
    let text = describeError(error);
    if (error instanceof ApiError && error.body.code === "seat_full") {
      text = "Pladsen blev netop optaget. Listen opdateres.";
      setTimeout(() => loadMatches(), 1500);
    } else if (error instanceof ApiError && error.body.code === "hard_rule_conflict") {
      const rules = (error.body.conflicts || []).map((c) => RULE_DA[c] || c).join(", ");
      text = `Reservationen bryder skånehensyn: ${rules}. Kun en teamleder kan tilsidesætte dem.`;
    } else if (error instanceof ApiError && error.status === 409) {
      text = `Kan ikke reservere: ${error.message}`;
    }
    say("match-status", text, "error");
    button.disabled = false;
  }
}

// --- wiring ----------------------------------------------------------------------------------

function init() {
  $("token-form").addEventListener("submit", (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, $("token").value.trim());
    login();
  });
  $("token-clear").addEventListener("click", logout);
  $("citizen-query").addEventListener("input", renderCitizens);
  $("top").addEventListener("change", () => state.chosen && loadMatches());
  $("include-conflicts").addEventListener("change", () => state.chosen && loadMatches());
  $("refresh").addEventListener("click", () => state.chosen && loadMatches());
  $("need-add").addEventListener("submit", addNeed);
  $("needs-confirm").addEventListener("click", confirmNeeds);
  $("licences").addEventListener("submit", confirmLicences);
  fillNeedCodes();
  if (token()) login();
}

document.addEventListener("DOMContentLoaded", init);
