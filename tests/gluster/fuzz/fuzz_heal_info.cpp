// libFuzzer target: HealInfoParser (info, summary, split-brain) never crashes; counts are never
// negative and heal targets are never empty for a non-empty entry.
#include "FuzzInput.h"

#include "gluster/HealInfoParser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto result = HealInfoParser::parse(fuzzInput(data, size));
    if (!result.ok()) {
        fuzzRequire(!result.errorString().isEmpty());
        fuzzRequire(result.value.isEmpty());
        return 0;
    }
    for (const GlusterHealBrick &brick : result.value) {
        fuzzRequire(!brick.name.isEmpty());
        for (const auto &count :
             {brick.numberOfEntries, brick.totalEntries, brick.healPendingEntries,
              brick.splitBrainEntries, brick.possiblyHealingEntries})
            fuzzRequire(!count || *count >= 0);
        for (const GlusterHealEntry &entry : brick.entries)
            fuzzRequire(entry.path.isEmpty() == entry.healTarget().isEmpty() ||
                        !entry.gfid.isEmpty());
    }
    return 0;
}
