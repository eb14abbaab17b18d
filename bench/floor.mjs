/**
 * The floor every wink-based tool pays: node, wink-nlp and its model loaded, and readDoc over the
 * same text. `floor.mjs <file>` reads one file; `floor.mjs --jsonl <file>` reads every record's text.
 */
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const nlp = winkNLP(model);
if (process.argv[2] === '--jsonl') {
  for (const line of readFileSync(process.argv[3], 'utf8').split('\n')) if (line.trim()) nlp.readDoc(JSON.parse(line).text);
} else {
  nlp.readDoc(readFileSync(process.argv[2], 'utf8'));
}
