// libFuzzer target: VolumeStatusParser never crashes; bricks always have an absolute path.
#include "FuzzInput.h"

#include "gluster/VolumeStatusParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result = VolumeStatusParser::parse(fuzzInput(data, size));
    if (!result.ok()) {
        fuzzRequire(!result.errorString().isEmpty());
        fuzzRequire(result.value.isEmpty());
        return 0;
    }
    for (const GlusterVolumeStatus &status : result.value) {
        fuzzRequire(!status.volumeName.isEmpty());
        for (const GlusterProcess &brick : status.bricks()) {
            fuzzRequire(brick.path.startsWith(QLatin1Char('/')));
            fuzzRequire(status.brick(brick.brickName()) != nullptr);
        }
    }
    return 0;
}
