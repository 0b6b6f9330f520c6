#!/usr/bin/env python3
# Writes an md RAID superblock (metadata 1.2, a 2-disk RAID 1 member) onto the device given,
# as mdadm --create would, for kernels without the md driver (containers): libblkid and
# mdadm --examine then see a real linux_raid_member. Used by tst_systemdisks only.
import struct, sys, uuid
dev = sys.argv[1]
max_dev = 2
sb = bytearray(256 + 2 * max_dev)
def put(fmt, off, *v): struct.pack_into('<' + fmt, sb, off, *v)
put('I', 0, 0xa92b4efc); put('I', 4, 1)
sb[16:32] = uuid.uuid4().bytes
sb[32:32 + 8] = b'ghw-test'
put('I', 72, 1); put('Q', 80, 65536); put('I', 92, 2)
put('Q', 128, 2048); put('Q', 136, 65536); put('Q', 144, 8)
sb[168:184] = uuid.uuid4().bytes
put('I', 220, max_dev)
put('H', 256, 0); put('H', 258, 1)
total = 0
for i in range(0, len(sb) - len(sb) % 4, 4):
    total += struct.unpack_from('<I', sb, i)[0]
csum = (total & 0xffffffff) + (total >> 32)
put('I', 216, csum & 0xffffffff)
with open(dev, 'r+b') as f:
    f.seek(4096); f.write(sb)
