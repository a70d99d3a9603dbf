//! Segregation and concentration indices over small areas (see module docs in the files below).
