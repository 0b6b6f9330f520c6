# The layers of the program: each folder of the core is one static library that links only the
# layers below it (app/README.md draws the graph). Declare them bottom-up:
#
#   ghw_layer(NAME SOURCES files... [USES layers...] [LINK other targets...])
#
# makes the target ghw_NAME from SOURCES (relative to the calling CMakeLists.txt), linked PUBLIC
# to ghw_<use> for every layer in USES and to LINK (Qt, libssh2...). USES lists every layer whose
# headers the sources include directly, and only layers declared earlier: an arrow that points up
# stops the configuration. ghw_layer_executable() adds the program on top.
#
# ghw_write_layer_manifest(FILE) writes what the include check (tests/layers) reads: the layers
# in order, what each uses and which files it owns.

set_property(GLOBAL PROPERTY GHW_LAYERS "")

function(ghw__register_layer name target)
  cmake_parse_arguments(L "" "" "SOURCES;USES" ${ARGN})
  get_property(declared GLOBAL PROPERTY GHW_LAYERS)
  if(name IN_LIST declared)
    message(FATAL_ERROR "ghw_layer: layer ${name} is declared twice")
  endif()
  foreach(use IN LISTS L_USES)
    if(NOT use IN_LIST declared)
      message(FATAL_ERROR "ghw_layer: ${name} uses ${use}, which is not a layer below it "
                          "(layers so far, bottom-up: ${declared}). Arrows point down only.")
    endif()
  endforeach()
  set(files "")
  foreach(source IN LISTS L_SOURCES)
    get_filename_component(absolute ${source} ABSOLUTE BASE_DIR ${CMAKE_CURRENT_SOURCE_DIR})
    list(APPEND files ${absolute})
  endforeach()
  set_property(GLOBAL APPEND PROPERTY GHW_LAYERS ${name})
  set_property(GLOBAL PROPERTY GHW_LAYER_${name}_TARGET ${target})
  set_property(GLOBAL PROPERTY GHW_LAYER_${name}_USES "${L_USES}")
  set_property(GLOBAL PROPERTY GHW_LAYER_${name}_FILES "${files}")
endfunction()

function(ghw_layer name)
  cmake_parse_arguments(L "" "" "SOURCES;USES;LINK" ${ARGN})
  ghw__register_layer(${name} ghw_${name} SOURCES ${L_SOURCES} USES ${L_USES})
  add_library(ghw_${name} STATIC ${L_SOURCES})
  # Includes name their layer's folder: "facts/HostFacts.h" (app/), or the bare file name inside
  # ssh/, cli/, wizard/ and wizard-pages/ (their own folder is on their include path).
  target_include_directories(ghw_${name} PUBLIC ${PROJECT_SOURCE_DIR}/app)
  set(uses "")
  foreach(use IN LISTS L_USES)
    list(APPEND uses ghw_${use})
  endforeach()
  target_link_libraries(ghw_${name} PUBLIC ${uses} ${L_LINK})
endfunction()

function(ghw_layer_executable name target)
  cmake_parse_arguments(L "" "" "SOURCES;USES" ${ARGN})
  ghw__register_layer(${name} ${target} SOURCES ${L_SOURCES} USES ${L_USES})
  add_executable(${target} ${L_SOURCES})
  set(uses "")
  foreach(use IN LISTS L_USES)
    list(APPEND uses ghw_${use})
  endforeach()
  target_link_libraries(${target} PRIVATE ${uses})
endfunction()

function(ghw_write_layer_manifest file)
  get_property(layers GLOBAL PROPERTY GHW_LAYERS)
  set(text "# Written by cmake/GhwLayers.cmake: the layers bottom-up, what each uses, its files.\n")
  string(APPEND text "set(GHW_LAYER_INCLUDE_ROOT \"${PROJECT_SOURCE_DIR}/app\")\n")
  string(APPEND text "set(GHW_LAYER_SOURCE_DIRS \"${PROJECT_SOURCE_DIR}/app;"
                     "${PROJECT_SOURCE_DIR}/ssh;${PROJECT_SOURCE_DIR}/wizard-pages\")\n")
  string(APPEND text "set(GHW_LAYER_README \"${PROJECT_SOURCE_DIR}/app/README.md\")\n")
  string(APPEND text "set(GHW_LAYERS \"${layers}\")\n")
  foreach(layer IN LISTS layers)
    get_property(uses GLOBAL PROPERTY GHW_LAYER_${layer}_USES)
    get_property(files GLOBAL PROPERTY GHW_LAYER_${layer}_FILES)
    string(APPEND text "set(GHW_LAYER_${layer}_USES \"${uses}\")\n")
    string(APPEND text "set(GHW_LAYER_${layer}_FILES \"${files}\")\n")
  endforeach()
  file(WRITE ${file} "${text}")
endfunction()
