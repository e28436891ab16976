// SPDX-License-Identifier: Apache-2.0
package org.algoeff.workbench.sweep;

import java.util.List;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Writes the summary tables as Parquet (one file, overwritten as a whole), with the same columns as the CSVs. */
final class SparkTables {
    private SparkTables() {
    }

    static void writeSweepParquet(SparkSession spark, List<SweepRow> rows, String location) {
        DataType s = DataTypes.StringType;
        DataType i = DataTypes.IntegerType;
        DataType l = DataTypes.LongType;
        DataType d = DataTypes.DoubleType;
        DataType[] types = {s, s, i, l, d, s, s, s, i, i, l, l, l, DataTypes.BooleanType, d, d, d, d, s, s};
        List<Row> data = rows.stream().map(r -> RowFactory.create(r.cell(), r.recipe(), r.year(), r.seed(),
                nullIfNaN(r.target()), r.dataset(), r.backend(), r.device(), r.trainExamples(), r.testExamples(),
                r.examples(), r.forwardFlopsPerExample(), r.trainingFlops(), r.reached(),
                nullIfNaN(r.computeToTarget()), nullIfNaN(r.finalAccuracy()), nullIfNaN(r.bestAccuracy()),
                r.seconds(), r.log(), r.variation())).toList();
        write(spark, SweepRow.COLUMNS, types, data, location);
    }

    static void writeCttParquet(SparkSession spark, List<CttRow> rows, String location) {
        DataType s = DataTypes.StringType;
        DataType d = DataTypes.DoubleType;
        DataType[] types = {s, s, s, s, d, DataTypes.BooleanType, d, d, d, DataTypes.LongType, s};
        List<Row> data = rows.stream().map(r -> RowFactory.create(r.source(), r.format(), r.run(), r.metric(),
                r.target(), r.reached(), nullIfNaN(r.step()), nullIfNaN(r.trainingFlops()), nullIfNaN(r.bestValue()),
                r.bestStep(), r.problem())).toList();
        write(spark, CttRow.COLUMNS, types, data, location);
    }

    private static void write(SparkSession spark, List<String> columns, DataType[] types, List<Row> data,
            String location) {
        StructField[] fields = new StructField[columns.size()];
        for (int k = 0; k < fields.length; k++) {
            fields[k] = DataTypes.createStructField(columns.get(k), types[k], true);
        }
        spark.createDataFrame(data, new StructType(fields)).coalesce(1).write().mode(SaveMode.Overwrite)
                .parquet(location);
    }

    /** Parquet has nulls, not NaN, for "no value". */
    private static Double nullIfNaN(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
