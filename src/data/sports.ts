/**
 * How a sports report shows that a place's name is a team (src/nlp/ner/index.ts, teamsInSports).
 */

/** After the name: a score, a result or match verb, or the team's people ("Spain beat", "Canada 2-1", "Australia’s goalkeeper"). */
export const TEAM_AFTER =
  /^(?:\s+(?:head\s+|assistant\s+)?coach\b|['’]s?\s+(?:captain|coach|manager|goalkeeper|keeper|players?|squad|team|defen[cs]e|offen[cs]e|attack|striker|forwards?|midfield|bench|line-?up|roster|quarterback|fans|supporters|hopes|game|games|match|win|victory|loss|defeat|season|record)\b|,?\s+\d{1,3}\s*[-–,]\s*\d{1,3}\b|(?:,\s+(?:who|which)(?:\s+have|\s+had)?)?\s+(?:beat|beats|defeated|defeats|edged|edges|routed|routs|downed|thrashed|stunned|upset|blanked|swept|sweeps|drew|draws|tied|lost|loses|led|trailed|trails|won|wins|advanced|advances|reached|faced?|faces|played|plays|scored|rallied|clinched|eliminated|knocked|qualified|took on|take on|takes on|meets?|met|held on|held off|hold off|came back|kept (?:its|their) hopes|(?:got|gets|get|eased|eases|slipped) past|cruised|cruises|romped)\b)/i;

/** Before the name: the other side of a match ("against Russia", "lost to Canada", "beat Spain", "win over Chile"). */
export const TEAM_BEFORE =
  /\b(?:against|vs\.?|versus|beat|beats|beating|defeated|defeating|edged|routed|downed|stunned|upset|eliminated|knocked out|face|faces|facing|play|plays|playing|meet|meets|host|hosts|hosting|lost to|loss to|fell to|falls to|losing to|(?:got|gets|eased|cruised|swept|edged|slipped) past|win over|victory over|wins over|defeat to|draw with|drew with|tie with|tied with)\s+(?:the\s+)?$/i;

/** A team's won-lost record in parentheses after its name: "the Gophers (9-1, 6-1)". */
export const TEAM_RECORD = /^\s*\(\d{1,2}-\d{1,2}(?:-\d{1,2})?[,)]/;
