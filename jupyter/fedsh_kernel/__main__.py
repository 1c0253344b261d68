"""`python -m fedsh_kernel -f CONNECTION_FILE`: what the kernelspec runs."""

from ipykernel.kernelapp import IPKernelApp

from .kernel import FedshKernel

IPKernelApp.launch_instance(kernel_class=FedshKernel)
