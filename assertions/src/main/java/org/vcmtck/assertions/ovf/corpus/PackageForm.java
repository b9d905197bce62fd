package org.vcmtck.assertions.ovf.corpus;

/** How a corpus package is stored: one tar file, or loose files in a folder of their own. */
enum PackageForm { OVA, DIRECTORY }
