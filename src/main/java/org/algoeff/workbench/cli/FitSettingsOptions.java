// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.cli;

import java.time.LocalDate;
import java.util.List;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import org.algoeff.workbench.analysis.FitOptions;
import org.algoeff.workbench.model.RowFilter;
import org.algoeff.workbench.model.TrendDirection;

/**
 * The fit settings as options, shared by {@code fit} and {@code plot}; every default is {@link FitOptions#DEFAULT}'s,
 * and {@link #toFitOptions()} gives the one settings record the window and the workspace use too.
 */
final class FitSettingsOptions {
    @Option(names = "--frontier", description = "fit only best-so-far points (running min when declining, max when "
            + "growing), chosen over the whole data set before --from/--to")
    boolean frontier = FitOptions.DEFAULT.frontierOnly();

    @Option(names = "--frontier-in-window", description = "with --frontier: choose the frontier inside the "
            + "--from/--to window only, as if earlier points did not exist (earlier versions' behaviour)")
    boolean frontierInWindow = FitOptions.DEFAULT.frontierScope() == FitOptions.FrontierScope.WITHIN_WINDOW;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "first date included")
    LocalDate from = FitOptions.DEFAULT.from();

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "last date included")
    LocalDate to = FitOptions.DEFAULT.to();

    @Option(names = "--where", paramLabel = "FILTER", converter = RowFilterConverter.class,
            description = {"keep rows where COL=VALUE, COL!=VALUE or COL~REGEX (regex found anywhere in the cell); "
                + "repeat for AND, e.g. --where 'Notability criteria~.+' --where 'Domain!=Games'"})
    List<RowFilter> where;

    @Option(names = "--group-by", paramLabel = "COL", description = "one fit per value of this column "
            + "(e.g. Domain, task, target)")
    String groupBy = FitOptions.DEFAULT.groupBy();

    @Option(names = "--bootstrap", paramLabel = "N",
            description = "bootstrap resamples for the 95%% CI (default: ${DEFAULT-VALUE}; 0 = t-interval only)")
    int resamples = FitOptions.DEFAULT.bootstrapResamples();

    @Option(names = "--seed", paramLabel = "S", description = "bootstrap seed (default: ${DEFAULT-VALUE})")
    long seed = FitOptions.DEFAULT.seed();

    @Option(names = "--direction", paramLabel = "growing|declining",
            description = "force the direction instead of taking it from the slope's sign (any case)")
    TrendDirection direction = FitOptions.DEFAULT.direction();

    /** The settings as the one record; a bad combination is a one-line error. */
    FitOptions toFitOptions() {
        if (frontierInWindow && !frontier) {
            throw new IllegalArgumentException("--frontier-in-window needs --frontier");
        }
        return new FitOptions(frontier, frontierInWindow ? FitOptions.FrontierScope.WITHIN_WINDOW
                : FitOptions.FrontierScope.WHOLE_DATASET, from, to, where, groupBy, resamples, seed, direction);
    }

    /** Parses {@code --where} so that a malformed filter is a usage error naming the text. */
    static final class RowFilterConverter implements ITypeConverter<RowFilter> {
        @Override
        public RowFilter convert(String value) {
            try {
                return RowFilter.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
