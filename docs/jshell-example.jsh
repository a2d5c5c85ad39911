var report = Trendspor.analyzeSeeds();
report
report.recurringChallenges().forEach(System.out::println);
System.out.println(IndicatorTables.toTable(report).print());
report.themeDiffs().get(0)
