# Binary Lennard-Jones liquid (argon-like, metal units) for the MSD golden test of ionmat-analysis.
# 256 atoms: 224 of type 1 (Ar) and 32 of type 2 (Kr-like probes); the probes are dumped wrapped
# (x y z, no image flags) and their MSD is computed by LAMMPS from its own unwrapped coordinates.
units           metal
atom_style      atomic
boundary        p p p
lattice         fcc 5.9
region          box prism 0 4 0 4 0 4 0.0 0.0 0.0
create_box      2 box
create_atoms    1 box
mass            1 39.948
mass            2 83.798
group           probe id <= 32
set             group probe type 2
pair_style      lj/cut 8.5
pair_coeff      1 1 0.0104 3.40
pair_coeff      2 2 0.0140 3.65
pair_coeff      1 2 0.0121 3.52
pair_modify     shift yes
velocity        all create 180.0 4928459 mom yes rot yes dist gaussian
timestep        0.002
fix             nvt all nvt temp 180.0 180.0 0.2
run             2000
reset_timestep  0
compute         msd probe msd com no
compute         msdcom probe msd com yes
fix             out all ave/time 50 1 50 c_msd[1] c_msd[2] c_msd[3] c_msd[4] c_msdcom[4] file msd_lammps.txt format " %.12g"
dump            wrapped probe custom 50 probe_wrapped.dump id type x y z
dump_modify     wrapped sort id format float %.10g
dump            unwrapped probe custom 50 probe_unwrapped.dump id type xu yu zu
dump_modify     unwrapped sort id format float %.10g
run             10000
