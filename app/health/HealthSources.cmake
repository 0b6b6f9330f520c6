# The health model sources, relative to this folder. Shared by app/health/CMakeLists.txt
# (ghw_core) and the standalone fuzz build (tests/gluster/fuzz). Qt Core only.
# GHW_HEALTH_BORROWED_SOURCES: what the model uses from the shell, facts, ssh and text layers (ghw_core has
# them already; a standalone build compiles them too).
set(GHW_HEALTH_BORROWED_SOURCES ../shell/ShellQuote.h ../shell/RemoteReads.h
    ../shell/RemoteReads.cpp ../facts/MountTableParser.h ../facts/MountTableParser.cpp
    ../plan/FailoverOptions.h
    ../plan/FailoverOptions.cpp ../../ssh/ShellWords.h ../../ssh/ShellWords.cpp
    ../text/RemoteText.h ../text/RemoteText.cpp)
set(GHW_HEALTH_SOURCES
    ObservedCommand.h HttpObservation.h ReplicationObservation.h ServerObservation.h
    HealthObservations.h
    HealthCheck.h HealthCheck.cpp
    HealthRawOutput.h
    HealthReport.h HealthReport.cpp HealthReportJson.cpp HealthReportText.cpp
    HealthReportHtml.cpp
    HealthFixCommands.h HealthFixCommands.cpp
    ParsedServerView.h ParsedServerView.cpp
    HealthContext.h HealthContext.cpp
    ServerHealthRules.h ServerHealthRules.cpp
    PeerHealthRules.h PeerHealthRules.cpp
    VolumeHealthRules.h VolumeHealthRules.cpp
    HealHealthRules.h HealHealthRules.cpp
    MountHealthRules.h MountHealthRules.cpp
    WebHealthRules.h WebHealthRules.cpp
    HealthEvaluator.h HealthEvaluator.cpp
    HealthPairSummary.h HealthPairSummary.cpp)
