// The catalogues are resources; this file only gives the library a translation unit.
