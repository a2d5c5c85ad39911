var report = Trendspor.analyzeSeeds();
report
report.recurringChallenges().forEach(System.out::println);
System.out.println(report.indicatorTable().print());
report.themeDiffs().get(0)
