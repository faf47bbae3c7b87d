"""Independent recomputation (numpy) of the expected values in PublishedExamplesTest. Run: python3 published_examples.py"""
import math
import numpy as np
np.set_printoptions(precision=4, suppress=True)
# TOPSIS Hwang & Yoon fighter aircraft
X=np.array([[2.0,1500,20000,5.5,5,9],[2.5,2700,18000,6.5,3,5],[1.8,2000,21000,4.5,7,7],[2.2,1800,20000,5.0,5,5]])
w=np.array([.2,.1,.1,.1,.2,.3]); benefit=np.array([1,1,1,0,1,1],bool)
R=X/np.sqrt((X**2).sum(0)); V=R*w
best=np.where(benefit,V.max(0),V.min(0)); worst=np.where(benefit,V.min(0),V.max(0))
dp=np.sqrt(((V-best)**2).sum(1)); dm=np.sqrt(((V-worst)**2).sum(1))
print("topsis dp",dp,"dm",dm,"C",dm/(dp+dm))
# WSM/WPM
X=np.array([[25,20,15,30],[10,30,20,30],[30,10,30,10.]]); w=np.array([.2,.15,.4,.25])
print("wsm",X@w); p=np.prod(X**w,1); print("wpm",p, p[0]/p[1],p[0]/p[2],p[1]/p[2])
# AHP house
from fractions import Fraction as F
M=[[1,5,3,7,6,6,1/3,1/4],[1/5,1,1/3,5,3,3,1/5,1/7],[1/3,3,1,6,3,4,6,1/5],[1/7,1/5,1/6,1,1/3,1/4,1/7,1/8],[1/6,1/3,1/3,3,1,1/2,1/5,1/6],[1/6,1/3,1/4,4,2,1,1/5,1/6],[3,5,1/6,7,5,5,1,1/2],[4,7,5,8,6,6,2,1]]
A=np.array(M); vals,vecs=np.linalg.eig(A); k=np.argmax(vals.real); v=np.abs(vecs[:,k].real); v/=v.sum()
n=8; lam=vals[k].real; CI=(lam-n)/(n-1); print("ahp house",v,lam,CI,CI/1.41)
A=np.array([[1,5,6,7],[1/5,1,4,6],[1/6,1/4,1,4],[1/7,1/6,1/4,1]]); vals,vecs=np.linalg.eig(A); k=np.argmax(vals.real); v=np.abs(vecs[:,k].real); v/=v.sum()
lam=vals[k].real; CI=(lam-4)/3; print("ahp light",v,lam,CI,CI/0.9)
X=np.array([[80,90,600,5.4,8,5],[65,58,200,9.7,1,1],[83,60,400,7.2,4,7],[40,80,1000,7.5,7,10],[52,72,600,2.0,3,8],[94,96,700,3.6,5,6]],float)
mx=[False,True,False,False,False,True]
def P(k,d):
    if d<=0: return 0.0
    if k==0: return 1.0 if d>10 else 0.0            # u-shape q=10
    if k==1: return min(d/30,1.0)                    # v-shape p=30
    if k==2: return 0 if d<=50 else (1 if d>500 else (d-50)/450)  # linear q=50 p=500
    if k==3: return 0 if d<=1 else (0.5 if d<=6 else 1)  # level q=1 p=6
    if k==4: return 1.0                               # usual
    if k==5: return 1-math.exp(-d*d/50)               # gaussian s=5
n=6; w=[1/6]*6
pi=np.zeros((n,n))
for a in range(n):
  for b in range(n):
    if a!=b:
      pi[a,b]=sum(w[k]*P(k,(X[a,k]-X[b,k]) if mx[k] else (X[b,k]-X[a,k])) for k in range(6))
fp=pi.sum(1)/(n-1); fm=pi.sum(0)/(n-1)
print("plus",np.round(fp,4)); print("minus",np.round(fm,4)); print("net",np.round(fp-fm,4)); print(np.argsort(-(fp-fm))+1)
# small hand example

# TOPSIS one-at-a-time breakpoints of the fighter aircraft example (SensitivityTest, docs/scoring.md); uses scipy
import numpy as np
X=np.array([[2.0,1500,20000,5.5,5,9],[2.5,2700,18000,6.5,3,5],[1.8,2000,21000,4.5,7,7],[2.2,1800,20000,5.0,5,5]])
w0=np.array([.2,.1,.1,.1,.2,.3]); b=np.array([1,1,1,0,1,1],bool)
R=X/np.sqrt((X**2).sum(0))
def C(w):
    V=R*w; best=np.where(b,V.max(0),V.min(0)); worst=np.where(b,V.min(0),V.max(0))
    dp=np.sqrt(((V-best)**2).sum(1)); dm=np.sqrt(((V-worst)**2).sum(1)); return dm/(dp+dm)
def W(k,t):
    w=w0*(1-t)/(1-w0[k]); w[k]=t; return w
from scipy.optimize import brentq
k=2; f=lambda t: C(W(k,t))[0]-C(W(k,t))[2]; print("payload A1=A3 at", brentq(f,0.3,0.6,xtol=1e-14))
k=0; f=lambda t: C(W(k,t))[0]-C(W(k,t))[1]; print("speed A1=A2 at", brentq(f,0.45,0.5,xtol=1e-14))
