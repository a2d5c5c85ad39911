/**
 * Key-figure tables: the numbers municipal reports refer to ("Tabell 16 viser nøkkeltall …"),
 * usually KOSTRA figures from Statistics Norway (SSB). Reads CSV as SSB's statistics bank and
 * municipalities write it ({@link no.trendspor.tables.CsvTableReader}) and JSON-stat 2.0 as SSB's
 * PxWebApi serves it ({@link no.trendspor.tables.JsonStatReader}) into
 * {@link no.trendspor.keyfigures.TableObservation}s, keeps municipalities identifiable across the
 * 2018/2020/2024 reforms ({@link no.trendspor.tables.MunicipalityRegistry}), and groups
 * observations into year series ({@link no.trendspor.tables.TableSeriesGrouping} into {@link
 * no.trendspor.keyfigures.TableSeries}).
 *
 * <p>SSB's standard table symbols are interpreted as SSB documents them; see {@link
 * no.trendspor.tables.SsbSymbol}.
 */
package no.trendspor.tables;
