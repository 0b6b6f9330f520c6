# The connection engine (no widgets): both servers connected, verified and checked, for the
# wizard, the command line and the health check alike.
target_sources(ghw_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ConnectionCheck.h ${CMAKE_CURRENT_LIST_DIR}/ConnectionCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PeerNetworkCheck.h ${CMAKE_CURRENT_LIST_DIR}/PeerNetworkCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SshConfigHosts.h ${CMAKE_CURRENT_LIST_DIR}/SshConfigHosts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PairConnector.h ${CMAKE_CURRENT_LIST_DIR}/PairConnector.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PairProbe.h ${CMAKE_CURRENT_LIST_DIR}/PairProbe.cpp)
