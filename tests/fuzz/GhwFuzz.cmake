# ghw_add_fuzz_test(NAME SOURCES src... LIBS libs... SEEDS file_or_dir... [DICT file] [RUNS n])
# A fuzz target in the normal build (any compiler, no libFuzzer): NAME is the target's
# LLVMFuzzerTestOneInput linked with the standalone driver (StandaloneFuzzDriver.cpp), and ctest
# runs it (label unit) over its seeds plus RUNS deterministic mutations (seed 1, default 10000): a short run,
# well under a few seconds. The libFuzzer builds of the same sources are the fuzz folders'
# GHW_BUILD_FUZZERS branches (clang).
set(GHW_FUZZ_SUPPORT_DIR ${CMAKE_CURRENT_LIST_DIR}) # FuzzInput.h
set(GHW_FUZZ_DRIVER ${CMAKE_CURRENT_LIST_DIR}/StandaloneFuzzDriver.cpp)

function(ghw_add_fuzz_test name)
  cmake_parse_arguments(F "" "DICT;RUNS" "SOURCES;LIBS;SEEDS" ${ARGN})
  if(NOT F_RUNS)
    set(F_RUNS 10000)
  endif()
  add_executable(${name} ${F_SOURCES} ${GHW_FUZZ_DRIVER})
  target_link_libraries(${name} PRIVATE ${F_LIBS})
  target_include_directories(${name} PRIVATE ${GHW_FUZZ_SUPPORT_DIR})
  set(dict_args "")
  if(F_DICT)
    set(dict_args --dict ${F_DICT})
  endif()
  add_test(NAME ${name} COMMAND ${name} --runs ${F_RUNS} --seed 1 ${dict_args} ${F_SEEDS})
  set_tests_properties(${name} PROPERTIES LABELS unit TIMEOUT 120)
endfunction()
