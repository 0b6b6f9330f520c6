# The gluster parser sources, relative to this folder. Shared by app/gluster/CMakeLists.txt
# (ghw_core) and the standalone fuzz build (tests/gluster/fuzz), which compiles them alone.
set(GHW_GLUSTER_SOURCES
    GlusterFailure.h GlusterFailure.cpp
    GlusterResult.h
    GlusterXmlElement.h GlusterXmlElement.cpp
    GlusterCliOutput.h GlusterCliOutput.cpp
    GlusterBrick.h GlusterBrick.cpp
    GlusterVolume.h GlusterVolume.cpp
    VolumeInfoParser.h VolumeInfoParser.cpp
    GlusterProcess.h GlusterProcess.cpp
    GlusterVolumeStatus.h GlusterVolumeStatus.cpp
    VolumeStatusParser.h VolumeStatusParser.cpp
    GlusterPeer.h GlusterPeer.cpp
    PeerStatusParser.h PeerStatusParser.cpp
    GlusterHealEntry.h GlusterHealEntry.cpp
    GlusterHealBrick.h
    HealInfoParser.h HealInfoParser.cpp)
