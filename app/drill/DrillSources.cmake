# The failover drill (`drill SPEC`, the wizard's "Test failover" page): takes one server of a
# healthy pair out, watches the other serve, brings it back, waits for the heal, reports.
# Included from app/CMakeLists.txt (AUTOMOC sees ghw_core's QObject headers only there).
target_sources(ghw_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DrillOptions.h
  ${CMAKE_CURRENT_LIST_DIR}/DrillCommands.h ${CMAKE_CURRENT_LIST_DIR}/DrillCommands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DrillReadings.h ${CMAKE_CURRENT_LIST_DIR}/DrillReadings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StallClock.h ${CMAKE_CURRENT_LIST_DIR}/StallClock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DrillReport.h ${CMAKE_CURRENT_LIST_DIR}/DrillReport.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SiteWatch.h ${CMAKE_CURRENT_LIST_DIR}/SiteWatch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FailoverDrill.h ${CMAKE_CURRENT_LIST_DIR}/FailoverDrill.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FailoverDrillJob.h ${CMAKE_CURRENT_LIST_DIR}/FailoverDrillJob.cpp)
