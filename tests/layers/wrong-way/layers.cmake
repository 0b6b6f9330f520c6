# A made-up program of two layers for the check's own test: `low` includes `high`, above it.
set(GHW_LAYER_INCLUDE_ROOT "${CMAKE_CURRENT_LIST_DIR}")
set(GHW_LAYER_SOURCE_DIRS "${CMAKE_CURRENT_LIST_DIR}")
set(GHW_LAYER_README "${CMAKE_CURRENT_LIST_DIR}/README.md")
set(GHW_LAYERS "low;high")
set(GHW_LAYER_low_USES "")
set(GHW_LAYER_low_FILES "${CMAKE_CURRENT_LIST_DIR}/low/Low.h")
set(GHW_LAYER_high_USES "low")
set(GHW_LAYER_high_FILES "${CMAKE_CURRENT_LIST_DIR}/high/High.h")
