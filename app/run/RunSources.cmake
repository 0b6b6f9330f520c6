target_sources(ghw_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RunResult.h
  ${CMAKE_CURRENT_LIST_DIR}/PlanRunner.h ${CMAKE_CURRENT_LIST_DIR}/PlanRunner.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RunLog.h ${CMAKE_CURRENT_LIST_DIR}/RunLog.cpp)
