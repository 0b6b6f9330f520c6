# The wizard's model (no widgets): included from app/CMakeLists.txt because AUTOMOC only sees
# the QObject headers of ghw_core listed from that directory.
target_sources(ghw_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/DiskCandidate.h ${CMAKE_CURRENT_LIST_DIR}/DiskCandidate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RecentSpec.h ${CMAKE_CURRENT_LIST_DIR}/RecentSpec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoPair.h ${CMAKE_CURRENT_LIST_DIR}/DemoPair.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DemoStarter.h ${CMAKE_CURRENT_LIST_DIR}/DemoStarter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PairResult.h ${CMAKE_CURRENT_LIST_DIR}/PairResult.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SetupSession.h ${CMAKE_CURRENT_LIST_DIR}/SetupSession.cpp)
