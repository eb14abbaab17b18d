#!/usr/bin/env node
import { main } from '../dist/cli/newsbrief.js';

await main();
