// libFuzzer target: VolumeInfoParser never crashes, and its result is either a failure with a
// message or volumes that all have a name.
#include "FuzzInput.h"

#include "gluster/VolumeInfoParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result = VolumeInfoParser::parse(fuzzInput(data, size));
    if (!result.ok()) {
        fuzzRequire(!result.errorString().isEmpty());
        fuzzRequire(result.value.isEmpty());
        return 0;
    }
    for (const GlusterVolume &volume : result.value) {
        fuzzRequire(!volume.name.isEmpty());
        for (const GlusterBrick &brick : volume.bricks)
            fuzzRequire(brick.host.isEmpty() || brick.path.startsWith(QLatin1Char('/')));
    }
    return 0;
}
