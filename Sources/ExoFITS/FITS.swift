/// FITS files: headers, binary tables and images, read without cfitsio.
public enum FITS {}
