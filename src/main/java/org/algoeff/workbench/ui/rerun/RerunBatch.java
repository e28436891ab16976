// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.ui.rerun;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.algoeff.workbench.analysis.TrendFitter;
import org.algoeff.workbench.rerun.BackendInfo;
import org.algoeff.workbench.rerun.RerunLadder;
import org.algoeff.workbench.rerun.RerunRequest;
import org.algoeff.workbench.rerun.RerunResult;
import org.algoeff.workbench.rerun.RerunService;
import org.algoeff.workbench.rerun.RerunSummary;
import org.algoeff.workbench.task.CancellationToken;
import org.algoeff.workbench.task.ProgressSink;

/**
 * One batch of the Reruns tab, run on the rerun thread: every recipe over its seeds (each seed's log written to the
 * results folder when there is one), then the ladder's data set and fit, saved as a trend CSV. No JavaFX, so the
 * view model keeps only the FX side (properties, progress, the live feed's timer).
 */
final class RerunBatch {
    private final RerunService service;
    private final TrendFitter fitter;
    private final RerunResultsFolder results;

    /** @param results where the batch and its logs are saved, or null to keep them in memory only */
    RerunBatch(RerunService service, TrendFitter fitter, RerunResultsFolder results) {
        this.service = service;
        this.fitter = fitter;
        this.results = results;
    }

    /**
     * A finished batch, where its data set lives (the saved CSV, or just its name when not saved), and every rerun's
     * result by recipe (their curves are what the halving-vs-target panel reads).
     */
    record Finished(RerunLadder.Outcome outcome, Path source, List<List<RerunResult>> batch) {
    }

    Finished run(List<RerunRequest> requests, int seeds, LiveFeed listener, ProgressSink sink,
                 CancellationToken cancel) throws IOException {
        int total = requests.size() * seeds;
        ProgressSink overall = (f, m) -> sink.progress(
                (Math.max(0, listener.startedCount() - 1) + Math.max(0, Math.min(1, f))) / total, m);
        List<RerunSummary> summaries = new ArrayList<>();
        List<List<RerunResult>> batch = new ArrayList<>();
        BackendInfo info = null;
        double resolved = Double.NaN;
        Path logs = results == null ? null : results.newLogFolder(LocalDateTime.now());
        for (RerunRequest r : requests) {
            RerunRequest logged = logs == null ? r : r.withLogFile(logs.resolve(r.recipe().id() + ".jsonl"));
            List<RerunResult> bySeed = service.rerunSeeds(logged, seeds, overall, listener, cancel);
            batch.add(bySeed);
            summaries.add(RerunSummary.of(bySeed));
            info = bySeed.get(0).backend();
            resolved = bySeed.get(0).target();
        }
        cancel.throwIfCancelled();
        RerunLadder.Outcome o = RerunLadder.ofLadder(summaries, info, resolved, fitter, cancel);
        if (results == null || o.dataset().points().isEmpty()) {
            return new Finished(o, Path.of(o.dataset().name()), batch);
        }
        RerunResultsFolder.Saved saved = results.save(o.dataset(), LocalDateTime.now());
        return new Finished(new RerunLadder.Outcome(saved.dataset(), o.summaries(), o.notReached(), o.fit(),
                o.readout(), o.backend(), o.trend()), saved.file(), batch);
    }
}
