// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class BenchReport;

// The team library on the PostgreSQL server named by GLOSS_TEST_POSTGRES (scripts/bench starts one): clients
// adding highlights at once, and how soon another client hears of a change. Without a server both figures are
// reported as not measurable, with the reason.
void benchTeamLibrary(BenchReport &report, int clients, int seconds);
