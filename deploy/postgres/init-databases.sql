-- Run once by the postgres image on an empty data volume: one database per service, no table shared.
CREATE DATABASE registration;
CREATE DATABASE visit;
CREATE DATABASE attribution;
CREATE DATABASE commission;
